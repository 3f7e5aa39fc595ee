// The element alone, configured through its `config` property (no `init()` call): the bare
// import must survive the production build's tree-shaking and define <cookie-consent>.
import 'lit-cookie-consent';

document.querySelector('cookie-consent').config = { policyUrl: '/privacy' };
