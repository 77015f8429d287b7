namespace Archive.Indexer.Search.Syntax;

/// <summary>Where a part of a query applies: the text of articles, or one field written as name:value.</summary>
internal enum QueryField
{
    /// <summary>Title, subtitle, body and the citable metadata (no field name given).</summary>
    Text,
    Title,
    Department,
    Region,
    Section,
    Series,
    Issue,
    DocNumber,
    Year,
    Date,
    Kind,
    Keyword,
    Author,
}
