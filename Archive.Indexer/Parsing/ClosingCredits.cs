using System.Text.RegularExpressions;
using Archive.Indexer.Parsing.Recognizers;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// The credits an article closes with, taken off its last paragraphs: an attribution or byline alone
/// (（宜秀区委组织部）, 焦作市中站区委组织部供稿, (通讯员 崔璨)) or closing the last paragraph after its last sentence
/// (…起好步。(通讯员 崔璨), …作用。杨征程(建湖县委组织部)). At most two: a writer's credit and a source; editors' lines
/// below them (审核：…, (签发：…)) besides, or one run on after the last sentence (…保障。 审核:肖剑光), a reporter's so run on (…召开。 记者丁威程), and credits' labels whose values the copy lost
/// (通讯:, 撰稿:); a news agency's end mark after them ((完), 【完】) is no part of the text, nor are a page's tags after it ([标签:介绍], kept with the credits),
/// an archive's note of the picture printed with the item ((附图片)) and a photographer's credit after the last sentence
/// (…交谈。 新华社记者 张彬摄, …观看。 记者白永民通讯员张磊摄): the picture's, captions.
/// </summary>
internal static partial class ClosingCredits
{
    public static void Take(ArticleDraft draft, List<string> paragraphs, TraditionalCharacters characters)
    {
        if (paragraphs.Count > 0 && EndMark().Match(paragraphs[^1]) is { Success: true } mark) CutLast(paragraphs, mark.Index);
        if (paragraphs.Count > 0 && PageTags().Match(paragraphs[^1]) is { Success: true } tags)
        {
            draft.Credits.Add(tags.Value.Trim()); // kept with what closes the article, as printed
            CutLast(paragraphs, tags.Index);
        }
        if (paragraphs.Count > 0 && PictureCredit(paragraphs[^1]) is { } note)
        {
            draft.Captions.Add(note.Value.Trim());
            CutLast(paragraphs, note.Index);
        }
        // Editors' credits run on after the last sentence (…組織保障。 審核:肖劍光 |, …风气正。 编辑:李红 审核:刘海), a table's pipe perhaps after them.
        if (paragraphs.Count > 0 && SourceLine.Of(paragraphs[^1], characters) is var lastLine
            && EditorAfterText().Match(lastLine.Folded) is { Success: true } editor)
        {
            var credit = editor.Groups["credit"];
            draft.Credit(lastLine.Slice(credit.Index, credit.Length));
            paragraphs[^1] = lastLine.Until(credit.Index).Text.TrimEnd();
        }
        // A reporter's credit run on after the last sentence, a space before it (…胜利召开。 记者丁威程): the writer's, not the text.
        if (paragraphs.Count > 0 && SourceLine.Of(paragraphs[^1], characters) is var reported
            && ReporterAfterText().Match(reported.Folded) is { Success: true } reporter
            && reporter.Groups["names"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(PersonName.IsLikely))
        {
            var credit = reporter.Groups["credit"];
            draft.Credit(reported.Slice(credit.Index, credit.Length));
            paragraphs[^1] = reported.Until(credit.Index).Text.TrimEnd();
            draft.IsClosed = true;
        }
        JoinBrokenCredit(paragraphs, characters);
        for (var taken = 0; taken < 2 && paragraphs.Count > 0; taken++)
        {
            var last = SourceLine.Of(paragraphs[^1], characters);
            // The editors' lines under it (编辑：…, (编审：…), 签发：…) name no writer: taken, not counted.
            // …nor does the mark of where a reposted item comes from, which names no department of its own: its agency
            // alone in brackets ((新华社)) or the paper's issue and page it was printed on (《 人民日报 》( 2021年02月28日 01 版)).
            // …nor does a credit's label the copy kept without its value (通讯:, 撰稿:, under the text each alone).
            if (SourceMark().IsMatch(last.Folded) || EmptyCreditLabel().IsMatch(last.Folded))
            {
                draft.Credits.Add(last.Text.Trim());
                paragraphs.RemoveAt(paragraphs.Count - 1);
                taken--;
                continue;
            }
            if (last.Text.Length <= 30 && last.Folded.AsSpan().IndexOfAny("。,;!?") < 0 && Credit.IsEditor(last.Folded))
            {
                draft.Credit(last);
                paragraphs.RemoveAt(paragraphs.Count - 1);
                taken--;
                continue;
            }
            // A byline names its writers, or, led by its role, the office that wrote it (文/图 培训办公室).
            if (Attribution.AloneOnLine(last.Folded) is not null
                || Byline.Read(last.Folded) is { } byline && (byline.Authors.Count > 0 || byline.Department is not null) && last.Text.Length <= 30)
            {
                draft.Credit(last);
                paragraphs.RemoveAt(paragraphs.Count - 1);
                draft.IsClosed = true;
                continue;
            }
            if (Attribution.AtEnd(last.Folded) is { } closing)
            {
                draft.Credit(last.From(closing.Start));
                paragraphs[^1] = last.Until(closing.Start).Text.TrimEnd();
                draft.IsClosed = true;
            }
            break;
        }
    }

    /// <summary>
    /// A credit in brackets a copy broke over two lines ((韦 / 乐), (通讯员 / 王芳)): one credit again, the two short lines
    /// opening and closing one pair of brackets between them and reading as a credit together (a contact's name and
    /// phone, (联系人:张三 / 电话:12345678), stay two lines).
    /// </summary>
    private static void JoinBrokenCredit(List<string> paragraphs, TraditionalCharacters characters)
    {
        if (paragraphs.Count < 2) return;
        var opening = SourceLine.Of(paragraphs[^2], characters).Folded.Trim();
        var closing = SourceLine.Of(paragraphs[^1], characters).Folded.Trim();
        if (!BracketOpened().IsMatch(opening) || !BracketClosed().IsMatch(closing) || Credit.Read(opening[1..] + closing[..^1]) is null) return;
        paragraphs[^2] = paragraphs[^2].TrimEnd() + paragraphs[^1].TrimStart();
        paragraphs.RemoveAt(paragraphs.Count - 1);
    }

    [GeneratedRegex(@"^\([^()。,;!?]{1,12}$")]
    private static partial Regex BracketOpened();

    [GeneratedRegex(@"^[^()。,;!?]{1,12}\)$")]
    private static partial Regex BracketClosed();

    /// <summary>The last paragraph cut where what closes it starts; gone when nothing is left of it.</summary>
    private static void CutLast(List<string> paragraphs, int at)
    {
        paragraphs[^1] = paragraphs[^1][..at];
        if (paragraphs[^1].Length == 0) paragraphs.RemoveAt(paragraphs.Count - 1);
    }

    [GeneratedRegex(@"(?<=[。!?”])\s*(?<credit>(?:(?:" + Credit.EditorRoles + @")\s*[:/]\s*[\u4e00-\u9fa5·]{2,4}(?:\s+[\u4e00-\u9fa5·]{2,4}){0,2}\s*)+?)[\s|]*$")]
    private static partial Regex EditorAfterText();

    /// <remarks>A photographer's credit (…观看。 记者张彬摄) is a caption's, taken before; a name that is none (记者获悉) stays text.</remarks>
    [GeneratedRegex(@"(?<=[。!?”])\s+(?<credit>(?:本报|全媒体|融媒体|首席|特约)?(?:记者|通讯员)\s*(?<names>[\u4e00-\u9fa5]{2,4}(?:\s+[\u4e00-\u9fa5]{2,4}){0,2}))(?<!摄)\s*$")]
    private static partial Regex ReporterAfterText();

    [GeneratedRegex(@"^\s*(?:\(\s*(?:" + Credit.NewsAgencies + @")\s*\)|《\s*[\u4e00-\u9fa5]{2,12}\s*》\s*\(\s*[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*(?<page>[0-9]{1,3})\s*版\s*\))\s*$")]
    private static partial Regex SourceMark();

    /// <summary>The page a paper's print line names (《 人民日报 》( 2021年02月28日 01 版): 1), or null for any other credit.</summary>
    public static int? PrintedPage(string credit, TraditionalCharacters characters) =>
        SourceMark().Match(SourceLine.Fold(credit, characters)) is { Success: true } mark && mark.Groups["page"].Success ? int.Parse(mark.Groups["page"].Value) : null;

    [GeneratedRegex(@"^\s*\(?\s*(?:通讯员?|撰稿人?|作者|摄影|图片|文字|供稿|来源|文\s*/\s*图|图\s*/\s*文)\s*:\s*\)?\s*$")]
    private static partial Regex EmptyCreditLabel();

    [GeneratedRegex(@"\s*[(（【\[]\s*完\s*[)）】\]]\s*$")]
    private static partial Regex EndMark();

    // A page's tags in brackets may stand where a preview cut its text off (…我们虽[标签:介绍]).
    [GeneratedRegex(@"\s*[【\[]\s*(?:标签|tags?)\s*[:：][^\]】]{0,60}[\]】]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageTags();

    /// <summary>Whether a paragraph closes on its photographer's credit (…观看。 记者白永民通讯员张磊摄): a news photo's caption.</summary>
    public static bool ClosesOnPhotographersCredit(string folded) => PhotoCredit().IsMatch(folded);

    /// <summary>The picture's note or its photographer's credit closing a paragraph, or null.</summary>
    private static Match? PictureCredit(string paragraph) =>
        PictureNote().Match(paragraph) is { Success: true } note ? note
        : PhotoCredit().Match(paragraph) is { Success: true } credit ? credit
        : null;

    [GeneratedRegex(@"\s*[(（]\s*附(?:图片|图|照片)\s*[)）]\s*$")]
    private static partial Regex PictureNote();

    // A reporter and a correspondent may share the picture, run together (…观看。 记者白永民通讯员张磊摄).
    [GeneratedRegex(@"(?<=[。!?”])\s*(?:[\u4e00-\u9fa5]{0,8}记者\s*)?[\u4e00-\u9fa5·]{2,4}(?:\s+[\u4e00-\u9fa5·]{2,4}){0,2}(?:\s*通讯员\s*[\u4e00-\u9fa5·]{2,4}(?:\s+[\u4e00-\u9fa5·]{2,4}){0,2})?\s*摄\s*$")]
    private static partial Regex PhotoCredit();
}
