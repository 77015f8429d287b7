namespace Archive.Indexer.Model;

/// <summary>The kinds of document the parsers tell apart; JSON and URLs use the snake_case names.</summary>
public enum DocumentKind
{
    Bulletin,
    Notice,
    WebArticle,
    NewspaperPage,
    /// <summary>经验交流, 调研报告, 讲话, 汇报, 材料: a text that speaks or reports for itself, outside any publication.</summary>
    Report,
    Generic,
}
