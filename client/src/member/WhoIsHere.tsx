import { Roster } from '../room/Roster';

export function WhoIsHere() {
  return (
    <section className="card" aria-labelledby="who-title">
      <h2 id="who-title">Who is here</h2>
      <Roster />
    </section>
  );
}
