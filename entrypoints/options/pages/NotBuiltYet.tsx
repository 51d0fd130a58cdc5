export function NotBuiltYet({ title, what }: { title: string; what: string }) {
  return (
    <section>
      <h1>{title}</h1>
      <p className="notice">
        Not built yet. This section will let you {what}. Nothing here is stored or shown until then.
      </p>
    </section>
  );
}
