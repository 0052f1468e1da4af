// PLACEHOLDER app shell (the UI helper replaces it).
export function App() {
  return <main><h1>JWT Inspector</h1></main>;
}
