using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// What a title says its document is: an official one (…的通知, 实施意见, 工作方案, 紧急通知 (试行), 拟推荐对象公示) or a speech or
/// report (…上的讲话, 调研报告, 工作汇报, 经验材料, 思考及对策). Reads folded, compact text.
/// </summary>
internal static partial class DocumentTitle
{
    /// <summary>Whether the title ends like an official document; the closing formula 特此通知 ends a body, never titles one.</summary>
    public static bool IsOfficial(string compact) =>
        compact.Length <= 90 && Official().IsMatch(compact) && !ClosingFormula().IsMatch(compact);

    /// <summary>
    /// A title a legal site quotes whole in 《》 (《中共吉林省委办公厅…印发〈…〉的通知》, or 《…印发《…》的通知》 with the inner
    /// quotes alike) without the quotes, which are the site's, not the title's; any other text as it is.
    /// </summary>
    public static string Unquoted(string compact)
    {
        if (compact.Length <= 6 || compact[0] != '《' || compact[^1] != '》') return compact;
        var depth = 0;
        for (var i = 0; i < compact.Length - 1; i++)
        {
            depth += compact[i] switch { '《' => 1, '》' => -1, _ => 0 };
            if (depth == 0) return compact;
        }
        return compact[1..^1];
    }

    /// <summary>The formula an official document's body closes with (特此通知, 特此公告, 此复).</summary>
    public static bool IsClosingFormula(string compact) => ClosingFormula().IsMatch(compact);

    /// <summary>
    /// Whether a paragraph closes an official document's text: the closing formula, or the request a 印发 or 转发 notice
    /// ends on (…现予印发。, …印发给你们，请认真贯彻执行。).
    /// </summary>
    public static bool ClosesText(string compact) => ClosingRequest().IsMatch(compact);

    public static bool IsReport(string compact) => compact.Length <= 90 && Report().IsMatch(compact);

    /// <summary>
    /// Whether a title's line ends on the verb of a 印发 or 转发 notice (鹤岗市人民政府 鹤岗市中级人民法院印发): its object,
    /// 关于…的通知 or 《…》的通知, is on the next line.
    /// </summary>
    public static bool EndsOnTransmittal(string compact) => compact.Length <= 60 && Transmittal().IsMatch(compact);

    [GeneratedRegex(@"(?:通知|通报|意见|方案|决定|批复|请示|函|纪要|明电|公告|通告|公示|决议|倡议书|要点)(?:\((?:试行|征求意见稿|草案|修订)\))?(?:第[0-9]+页)?$|^关于.{4,60}的(?:通知|意见|方案|决定|报告|请示|通报)")]
    private static partial Regex Official();

    /// <summary>The closing formulas themselves, one list for a formula alone and a request ending on one.</summary>
    private const string Formula = @"特此(?:通知|通报|公告|通告|函告|批复|说明|报告)|此复";

    [GeneratedRegex(@"^(?:" + Formula + @")[。.!]?$")]
    private static partial Regex ClosingFormula();

    [GeneratedRegex(@"(?:现予印发|印发给你们|转发给你们|(?:遵照|贯彻)执行|" + Formula + @")[。.!]?$")]
    private static partial Regex ClosingRequest();

    [GeneratedRegex(@"(?:印发|转发|批转)$")]
    private static partial Regex Transmittal();

    [GeneratedRegex(@"(?:讲话|发言|发言稿|讲稿|宣讲稿|致辞|报告|汇报|材料|总结|思考|对策|体会|心得|述职)(?:文稿|稿)?(?:\(.{1,12}\)|【.{1,8}】|范文|全文|精选)*[0-9]?$")]
    private static partial Regex Report();
}
