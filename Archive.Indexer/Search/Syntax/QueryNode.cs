namespace Archive.Indexer.Search.Syntax;

/// <summary>A query as the archive's syntax reads it, before any analysis: what the user asked for.</summary>
internal abstract record QueryNode
{
    /// <summary>The node written back in the query syntax, to show users how their query was understood.</summary>
    public abstract string Describe();
}

/// <summary>
/// Words or a quoted phrase, searched in the text fields (or, with a field, in that field only). Required (+word)
/// words must match even where the answer falls back to articles that lack some of the query's words.
/// </summary>
internal sealed record TextNode(string Text, bool Phrase, QueryField Field = QueryField.Text) : QueryNode
{
    public bool Required { get; init; }

    public override string Describe()
    {
        var value = Phrase ? $"\"{Text}\"" : Text;
        return (Required ? "+" : "") + (Field == QueryField.Text ? value : $"{QueryFieldNames.Canonical(Field)}:{value}");
    }
}

/// <summary>A date range, inclusive at both ends; an open end is null. 年份: and 日期: both become this.</summary>
internal sealed record DateRangeNode(QueryField Field, DateOnly? From, DateOnly? To, string Written) : QueryNode
{
    public override string Describe() => $"{QueryFieldNames.Canonical(Field)}:{Written}";
}

internal sealed record NotNode(QueryNode Inner) : QueryNode
{
    public override string Describe() => "-" + (Inner is AllOfNode or AnyOfNode ? $"({Inner.Describe()})" : Inner.Describe());
}

/// <summary>Every child must match: words separated by spaces.</summary>
internal sealed record AllOfNode(IReadOnlyList<QueryNode> Children) : QueryNode
{
    public override string Describe() =>
        string.Join(' ', Children.Select(c => c is AnyOfNode ? $"({c.Describe()})" : c.Describe()));
}

/// <summary>Any child may match: OR or | between them.</summary>
internal sealed record AnyOfNode(IReadOnlyList<QueryNode> Children) : QueryNode
{
    public override string Describe() =>
        string.Join(" OR ", Children.Select(c => c is AllOfNode ? $"({c.Describe()})" : c.Describe()));
}
