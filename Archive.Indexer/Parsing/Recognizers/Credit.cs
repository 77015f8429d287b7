using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// Who an article is by and from, read off a credit: a department (宜秀区委组织部, 通组), people (崔璨, 曹志亮 王慧敏), or
/// both (齐河县委组织部 曹志亮 王慧敏, 杨征程(建湖县委组织部), 吴江日报　李伟 孙跃勤). Role words and the paper a
/// reporter works for (德阳日报记者, 县委报道组, 实习生) are dropped; an editor's credit (津云新闻编辑孙畅) names neither
/// author nor department; a photographer named in a writer's byline (… 摄影：李继辉) is no author, the one credited
/// for a photo item (王嘉斌摄, 吕枫 摄, 井娇摄影报道) is, and so is one credited for words and pictures (文/图：…). Reads folded text;
/// the names are cut from the original by index.
/// </summary>
internal static partial class Credit
{
    public sealed record Reading(Range? Department, IReadOnlyList<Range> Authors)
    {
        public string? DepartmentIn(SourceLine line) => Department is { } d ? line.Cut(d) : null;

        public IEnumerable<string> AuthorsIn(SourceLine line) => Authors.Select(a => Punctuation.Compact(line.Cut(a)));
    }

    /// <summary>The department and people a credit names; null when it names neither.</summary>
    public static Reading? Read(string folded)
    {
        // Blank out (index for index) what names nobody: the editors listed after the writer (撰稿:张三 审核:李四 编辑:王五),
        // roles, a reporter's paper, a photographer in a byline, 摄.
        var text = Blank(EditorsAfter(), folded);
        if (text.Trim().Length is 0 or > 60 || Editor().IsMatch(text.TrimEnd())) return null;
        text = Blank(Photographer(), text);
        text = Blank(Role(), text);
        text = CloseUpSpacedNames(text, '\u0001');
        Range? department = null;
        var authors = new List<Range>();
        foreach (Match token in Token().Matches(text))
        {
            var value = token.Value.Replace("\u0001", "", StringComparison.Ordinal);
            var range = token.Index..(token.Index + token.Length);
            // 陆组轩 and 吉组轩 are pen names; 通组 and 解团 are departments signing short.
            if (PersonName.IsLikely(value) && !(value.Length == 2 && Organization.HasBodyWord(value)) && !Office().IsMatch(value))
                authors.Add(range);
            // A three-character name right after its role's label (文:宇红雷, 记者 亓军) is a name whatever its surname: the
            // surname list holds the common ones only.
            else if (value.Length == 3 && value == token.Value && !Organization.HasBodyWord(value) && !NoName().IsMatch(value)
                     && !ReportedFrom(folded, range.End.Value) && RoleLabelBefore().IsMatch(folded[..range.Start.Value]))
                authors.Add(range);
            // Names a reporter's or a photographer's credit ran together (通讯员 寧建華 左璐瑤陳瀾, 陈云松周武军尤旭怡摄), cut
            // where only one cut gives names.
            else if (PeopleCredited().IsMatch(folded) && value.Length == token.Length && !Organization.HasBodyWord(value)
                     && PersonName.RunTogether(value) is { } names)
            {
                var at = range.Start.Value;
                foreach (var length in names)
                {
                    authors.Add(at..(at + length));
                    at += length;
                }
            }
            // 市人大常委会副主任 is a post; 新华社 the agency the item comes from, no department of the place's; a place the
            // reporter files from (记者 苏榕蓉 福州报道, 记者[吴建铭 台中后里报导]) neither.
            else if (Organization.HasBodyWord(value) && !Speaker.IsOffice(value) && !NewsAgency().IsMatch(value) && !ReportedFrom(folded, range.End.Value))
                department ??= range;
        }
        return department is null && authors.Count == 0 ? null : new Reading(department, authors);
    }

    /// <summary>A writer's, a reporter's or a photographer's role labelled right before a name (文:, 图:, 记者 , 通讯员 ).</summary>
    [GeneratedRegex(@"(?:(?<![\u4e00-\u9fa5])(?:文|图|文/图|图/文)\s*[:/]|(?:记者|通讯员|作者|撰稿|执笔|摄影)\s*[:/]?)\s*$")]
    private static partial Regex RoleLabelBefore();

    /// <summary>What a credit says in a name's place: an interviewee's picture, a file photo, no name given.</summary>
    [GeneratedRegex(@"^(?:受访者|资料图|未署名|网络图|供图者)$")]
    private static partial Regex NoName();

    /// <summary>A credit of people: reporters, correspondents or photographers (记者, 通讯员, …摄), no department's.</summary>
    [GeneratedRegex(@"记者|通讯员|摄(?:影|\s*\)?\s*$)")]
    private static partial Regex PeopleCredited();

    /// <summary>Whether the word ending at <paramref name="end"/> is the place a report is filed from: 报道 or 报导 follows it.</summary>
    private static bool ReportedFrom(string folded, int end)
    {
        var after = folded.AsSpan(end).TrimStart();
        return after.StartsWith("报道") || after.StartsWith("报导");
    }

    /// <summary>An editor's credit (津云新闻编辑孙畅, 审核：…, (签发：…), (责编：…), the role before a slash as some sites print it: 签发/张三; a magazine's
    /// column editor under a reprinted item: 本栏编辑/赵阳) or the editors signing a column's note (——编者): a credit,
    /// naming no author and no department.</summary>
    public static bool IsEditor(string folded) => Editor().IsMatch(folded.Trim().Trim('(', ')'));

    /// <summary>
    /// An organization department's office signing short (干部科, 组织股, 人才办, 党建办): a function and a body word,
    /// which a surname first (干, 党) would otherwise make a person's name.
    /// </summary>
    [GeneratedRegex(@"^(?:干部|组织|人才|宣传|党建|党员|基层|研究|综合|信息|调研|电教|远教|老干|人事|公务员|干教|考核|监督)(?:科|股|室|办|处|组)$")]
    private static partial Regex Office();

    /// <summary>
    /// The news agencies' short names a reposted item credits (新华社, 中新社, 美联社): a source, which names no department.
    /// Named one by one: a word and 社 is as often a cooperative, a publisher or a bank (合作社, 出版社, 杂志社, 信用社).
    /// </summary>
    public const string NewsAgencies = "新华社|中新社|中通社|美联社|路透社|法新社|共同社|塔斯社|韩联社|合众社|德新社|俄新社|安莎社|埃菲社|越通社|朝中社";

    [GeneratedRegex("^(?:" + NewsAgencies + ")$")]
    private static partial Regex NewsAgency();

    private static string Blank(Regex pattern, string text) =>
        pattern.Replace(text, m => new string(' ', m.Length));

    [GeneratedRegex(@"[\u4e00-\u9fa5\u0001]+")]
    private static partial Regex Token();

    /// <summary>
    /// A role, with the paper or station the person works for before it, glued or, a paper or station, set apart (德阳日报记者,
    /// 牡丹晚报全媒体记者, (来源:长治日报 记者 解婷): the paper a reporter writes for, no department; a media centre or site set
    /// apart, 平舆融媒 记者 张三, is the source that credits its writers), or the paper's
    /// own bare (晚报记者); words and pictures credited across a slash (李明/文图, 文图/李明); a dateline's source with its day
    /// (文明风6月30日讯, 本报济南4月25日讯), a paper's own mark (明报专讯, 大公报讯) or a place's news mark opening the credit (南丹讯,
    /// 三峡秭归讯(记者 宋黎立)), which names no writer.
    /// </summary>
    [GeneratedRegex(@"(?:[\u4e00-\u9fa5]{0,8}?(?:日报|晚报|报社|电视台|广播电视台|融媒体中心|融媒|网|社)|[\u4e00-\u9fa5]{0,8}?(?:日报|晚报|报社|电视台)\s+)?(?:本报|本台|本网|新华社|特约|首席|全媒体|融媒体|见习|实习|驻[\u4e00-\u9fa5]{1,4})?(?:记者|通讯员|实习生|撰稿人?|作者单位|作者|读者|报道员|报道|文字|整理|供稿单位|供稿|(?:信息|资料|消息|新闻|稿件)?来源|稿源|本报讯|讯|报导)|[\u4e00-\u9fa5]{0,6}报道组|(?:调研组|课题组|专题组|写作组)?成员|执笔人?|文\s*/\s*图|图\s*/\s*文|(?<=/\s*)(?:文图|图文)|(?:文图|图文)(?=\s*/)|[\u4e00-\u9fa5]{1,10}?[0-9]{1,2}月[0-9]{1,2}日[讯电]|[\u4e00-\u9fa5]{1,8}?(?:专讯|报讯)|^[\u4e00-\u9fa5]{2,8}?讯(?=\s*(?:$|[(【]))|摄(?:影报道)?(?=\s|$|[()])|等$")]
    private static partial Regex Role();

    [GeneratedRegex(@"编辑\s*:?\s*[\u4e00-\u9fa5]{2,4}\)?$|^\(?(?:责任|执行|本期|值班|本栏|本刊)?(?:编辑|责编|编审|审核|审稿|审校|签发|制作|监制|校对|初审|复审|终审)\s*[:/]|^[—-]{1,2}\s*(?:本[刊报网]|本栏)?(?:编者|编辑部)$")]
    private static partial Regex Editor();

    /// <summary>The roles of those who edit, check or sign off an item after its writer (审核:李四, 编辑:王五, 初核:…, 审定:…, 审稿:…).</summary>
    public const string EditorRoles = "责任编辑|责编|编辑|审核|审稿|审校|初审|初核|复审|终审|审定|签发|校对";

    /// <summary>Editors' credits after a writer's, to the end of the line (… 审核:李四 编辑:王五).</summary>
    [GeneratedRegex(@"(?<=\S\s+)(?:" + EditorRoles + @")\s*:.*$")]
    private static partial Regex EditorsAfter();

    /// <summary>A photographer's credit to the end of the line, its role set off by a colon, a slash or a bar (摄影|李天禄); 文/图 and
    /// 图/文 credit one person for words and pictures alike.</summary>
    [GeneratedRegex(@"(?<!文\s*/?\s*)(?:摄影|图片|图)(?!\s*/\s*文)\s*[:/|]\s*\S.*$")]
    private static partial Regex Photographer();

    /// <summary>
    /// Names printed letter-spaced, closed up: two or three characters standing alone are one name (王 伟, 毛 万 春,
    /// 王　　伟), four are two names (王 伟 李 强) or one with a compound surname (欧 阳 振 华); longer runs are left alone. Each space inside a name becomes
    /// <paramref name="joiner"/> (index for index), or goes when it is null.
    /// </summary>
    public static string CloseUpSpacedNames(string text, char? joiner = null) =>
        SpacedName().Replace(text, m =>
        {
            var name = Punctuation.Compact(m.Value);
            if (name.Length > 4) return m.Value;
            // Four characters are two names (the gap after the second stays), unless they are one with a compound surname (欧阳振华).
            var gaps = WhiteSpace().Matches(m.Value);
            var kept = name.Length == 4 && !PersonName.IsLikely(name) ? gaps[1] : null;
            return WhiteSpace().Replace(m.Value, gap => gap.Index == kept?.Index ? gap.Value : joiner is { } mark ? new string(mark, gap.Length) : "");
        });

    [GeneratedRegex(@"(?<=^|[\s(])[\u4e00-\u9fa5](?:[ \t\u3000]+[\u4e00-\u9fa5])+(?=$|[\s)])")]
    private static partial Regex SpacedName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
