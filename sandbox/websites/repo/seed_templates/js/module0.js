export function create<<Cls>>({ root, items = [], label = '<<Module>>' } = {}) {
  const state = { items: [...items], selected: null };

  function select(index) {
    if (index < 0 || index >= state.items.length) return;
    state.selected = index;
    render();
  }

  function render() {
    root.innerHTML = '';
    const list = document.createElement('ul');
    list.setAttribute('aria-label', label);
    state.items.forEach((item, index) => {
      const entry = document.createElement('li');
      entry.textContent = item.name;
      entry.tabIndex = 0;
      if (index === state.selected) entry.setAttribute('aria-current', 'true');
      entry.addEventListener('click', () => select(index));
      list.appendChild(entry);
    });
    root.appendChild(list);
  }

  return { render, select, get state() { return state; } };
}
