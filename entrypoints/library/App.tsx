/** The full-page library view. */
export function App() {
  return (
    <main>
      <h1>Lodestone library</h1>
    </main>
  );
}
