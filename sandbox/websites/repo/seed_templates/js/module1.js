export const <<module>>Defaults = Object.freeze({
  pageSize: 25,
  sortKey: 'name',
  descending: false,
});

export function sort<<Cls>>(items, { sortKey, descending } = <<module>>Defaults) {
  const sorted = [...items].sort((a, b) => String(a[sortKey]).localeCompare(String(b[sortKey])));
  return descending ? sorted.reverse() : sorted;
}

export function paginate<<Cls>>(items, page = 1, pageSize = <<module>>Defaults.pageSize) {
  const start = (page - 1) * pageSize;
  return items.slice(start, start + pageSize);
}
