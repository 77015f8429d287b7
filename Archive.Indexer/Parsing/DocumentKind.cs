namespace Archive.Indexer.Parsing;

/// <summary>The kinds of document the parsers tell apart; JSON and URLs use the snake_case names.</summary>
public enum DocumentKind
{
    Bulletin,
    Notice,
    WebArticle,
    NewspaperPage,
    Generic,
}
