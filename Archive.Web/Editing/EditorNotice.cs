namespace Archive.Web.Editing;

/// <summary>What a correction page tells the editor on the page it leads to ("已保存 2 处更正"), kept for one request.</summary>
public static class EditorNotice
{
    public const string Key = "editor-notice";

    /// <summary>
    /// The cookie that carries it to the next page. A page reads the notice only when the request brings this cookie:
    /// reading it otherwise sends every reader a cookie to delete, which also keeps shared caches from keeping pages.
    /// </summary>
    public const string Cookie = "archive-notice";
}
