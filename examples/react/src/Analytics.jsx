/** Stands for whatever needs analytics consent: rendered only while it is granted. */
export default function Analytics() {
  return <div id="analytics-widget">Analytics on</div>;
}
