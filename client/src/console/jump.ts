/** A link's click handler that scrolls to a console panel and focuses it (for keyboards), without touching the address. */
export function jumpTo(panelId: string) {
  return (e: React.MouseEvent) => {
    const target = document.getElementById(`panel-${panelId}`);
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
}
