// A Server Component: the script reaches the HTML as type="text/plain", inert until
// the banner runs it once analytics is granted.
export default function GatedScript() {
  return (
    <script
      type="text/plain"
      data-category="analytics"
      dangerouslySetInnerHTML={{ __html: 'window.gatedRuns = (window.gatedRuns || 0) + 1' }}
    />
  );
}
