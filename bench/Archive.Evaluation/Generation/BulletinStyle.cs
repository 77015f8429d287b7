namespace Archive.Evaluation.Generation;

/// <summary>
/// How one series prints its issues: each department keeps a house style, and the styles are those of the real
/// issues (corpus/real/README.md, the bulletin variants): the issue line (第N期, 第 N 期, 2020年第N期（总第M期）,
/// 第十二期), the date (digits or 二〇二〇年三月五日), the contents' heading, the section marks (★, 【】, 〔〕, ◆),
/// the attribution (（单位）at the end or on its own line, 单位供稿) and the footer (报/送/发, or 抄送 with 印发 and 共印N份).
/// </summary>
internal sealed record BulletinStyle(
    IssueLineForm IssueLine,
    bool ChineseDate,
    string? ContentsHeading,
    (string Open, string Close) SectionMark,
    bool SuppliedBy,
    bool CopyFooter,
    int TotalIssueBase)
{
    public static BulletinStyle Draw(TextComposer text) => new(
        text.Pick(Enum.GetValues<IssueLineForm>()),
        text.Chance(0.25),
        text.Pick(new string?[] { null, null, "本期目录", "目录" }),
        text.Pick(new[] { ("★ ", ""), ("【", "】"), ("〔", "〕"), ("◆", "") }),
        text.Chance(0.25),
        text.Chance(0.4),
        text.Between(100, 600));

    public string Issue(int issue, DateOnly date) => IssueLine switch
    {
        IssueLineForm.Plain => $"第{issue}期",
        IssueLineForm.Spaced => $"第 {issue} 期",
        IssueLineForm.WithTotal => $"{date.Year}年第{issue}期（总第{TotalIssue(issue, date)}期）",
        _ => $"第{ChineseNumerals.Number(issue)}期",
    };

    /// <summary>The running number of an issue since the series began (printed by <see cref="IssueLineForm.WithTotal"/> only).</summary>
    public int? TotalIssue(int issue, DateOnly date) => IssueLine == IssueLineForm.WithTotal ? TotalIssueBase + (date.Year - 2012) * 40 + issue : null;

    public string Date(DateOnly date, bool spaced) => ChineseDate ? ChineseNumerals.Date(date)
        : spaced ? $"{date.Year} 年 {date.Month} 月 {date.Day} 日" : $"{date.Year}年{date.Month}月{date.Day}日";

    public string Section(string name) => $"{SectionMark.Open}{name}{SectionMark.Close}";
}

internal enum IssueLineForm
{
    Plain,
    Spaced,
    WithTotal,
    Numerals,
}
