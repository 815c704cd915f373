/** A binary min-heap of values by a numeric priority. */
export class MinHeap<T> {
  private readonly items: { priority: number; value: T }[] = [];

  get size(): number {
    return this.items.length;
  }

  push(priority: number, value: T): void {
    const { items } = this;
    items.push({ priority, value });
    let child = items.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (this.priorityAt(parent) <= priority) break;
      this.swap(child, parent);
      child = parent;
    }
  }

  peek(): { priority: number; value: T } | undefined {
    return this.items[0];
  }

  pop(): { priority: number; value: T } | undefined {
    const { items } = this;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let parent = 0;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < items.length && this.priorityAt(left) < this.priorityAt(smallest)) smallest = left;
      if (right < items.length && this.priorityAt(right) < this.priorityAt(smallest)) smallest = right;
      if (smallest === parent) return top;
      this.swap(parent, smallest);
      parent = smallest;
    }
  }

  private priorityAt(index: number): number {
    return this.items[index]?.priority ?? Number.POSITIVE_INFINITY;
  }

  private swap(a: number, b: number): void {
    const { items } = this;
    const first = items[a];
    const second = items[b];
    if (first === undefined || second === undefined) return;
    items[a] = second;
    items[b] = first;
  }
}
