namespace Archive.Web.Editing;

/// <summary>What a correction page tells the editor on the page it leads to ("已保存 2 处更正"), kept for one request.</summary>
public static class EditorNotice
{
    public const string Key = "editor-notice";
}
