/** The popup for the current tab. */
export function App() {
  return (
    <main>
      <h1>Lodestone</h1>
    </main>
  );
}
