import { createApp, onMounted, ref } from 'vue';
import { CookieConsent } from 'lit-cookie-consent';

const Analytics = { template: '<div id="analytics-widget">Analytics on</div>' };

const App = {
  components: { Analytics },
  setup() {
    const analytics = ref(false);
    const update = () => (analytics.value = CookieConsent.granted('analytics'));
    onMounted(() => {
      CookieConsent.init({ policyUrl: '/privacy', categories: [{ id: 'necessary', required: true }, { id: 'analytics' }] });
      update();
    });
    return { analytics, update };
  },
  template: `
    <cookie-consent @consent-change="update"></cookie-consent>
    <Analytics v-if="analytics" />
    <div v-else id="analytics-off">Analytics off</div>
  `,
};

const app = createApp(App);
// <cookie-consent> is a web component, not a Vue component.
app.config.compilerOptions.isCustomElement = (tag) => tag === 'cookie-consent';
app.mount('#app');
