export default function Page() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
      <p>One heading and a paragraph, built with the same next, react and build settings as Readout: what the framework costs before any page of ours.</p>
    </main>
  );
}
