import './moment.css';

/** A titled plain list of moments, without authors (none exist); nothing when empty. */
export function MomentTexts({ title, texts }: { title: string; texts: string[] }) {
  if (texts.length === 0) return null;
  return (
    <>
      <h3 className="moment-list-title">{title}</h3>
      <ul className="moment-list">
        {texts.map((text, i) => (
          <li key={i} className="moment-text" dir="auto">
            {text}
          </li>
        ))}
      </ul>
    </>
  );
}
