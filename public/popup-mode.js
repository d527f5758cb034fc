// The popup page opened as a tab (`popup.html?tab=<id>`) is laid out fluid, not at the toolbar
// popup's fixed width. A classic script in <head>, so the class is set before the first paint of the
// popup's static frame (a module script runs only after parsing, too late for that paint).
document.documentElement.classList.toggle('as-tab', new URLSearchParams(location.search).has('tab'));
