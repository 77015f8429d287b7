using System.Collections;

namespace Archive.Indexer.Parsing;

/// <summary>
/// A document's lines as the parsers read them, each read of a line spending the parse's <see cref="ParseBudget"/>: every
/// stage loops over the lines, so whatever stage a hostile text makes work (a scan per line, back or forth) is stopped
/// at the budget, however the stage reads them. A list (read-only) as well, so LINQ's Skip, Take, ElementAt and Last
/// reach a line by its index rather than walking to it.
/// </summary>
internal sealed class BudgetedLines(List<SourceLine> lines, ParseBudget budget) : IList<SourceLine>, IReadOnlyList<SourceLine>
{
    public SourceLine this[int index]
    {
        get
        {
            budget.Spend();
            return lines[index];
        }
        set => throw new NotSupportedException();
    }

    public int Count => lines.Count;

    public bool IsReadOnly => true;

    public IEnumerator<SourceLine> GetEnumerator()
    {
        foreach (var line in lines)
        {
            budget.Spend();
            yield return line;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public int IndexOf(SourceLine item) => lines.IndexOf(item);

    public bool Contains(SourceLine item) => lines.Contains(item);

    public void CopyTo(SourceLine[] array, int arrayIndex) => lines.CopyTo(array, arrayIndex);

    public void Add(SourceLine item) => throw new NotSupportedException();

    public void Clear() => throw new NotSupportedException();

    public void Insert(int index, SourceLine item) => throw new NotSupportedException();

    public bool Remove(SourceLine item) => throw new NotSupportedException();

    public void RemoveAt(int index) => throw new NotSupportedException();
}
