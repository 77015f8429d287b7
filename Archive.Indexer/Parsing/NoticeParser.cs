using System.Text.RegularExpressions;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// 通知, 明电, 意见, 方案 …: the heading block (文号 in any bracket, urgency, classification), the title joined across
/// lines, the recipients (主送), the body with its numbered parts, and the issuer and date of the signature block.
/// </summary>
internal sealed partial class NoticeParser(Gazetteer gazetteer)
{
    public ParsedDocument Parse(IReadOnlyList<SourceLine> lines)
    {
        string? docNumber = null, urgency = null, classification = null;
        var i = 0;
        // The heading block: the lines before the title carrying 文号, 特急, 机密★1年, 份号 …
        for (; i < Math.Min(lines.Count, 6); i++)
        {
            var text = lines[i].Text;
            var number = DocumentPatterns.DocNumber().Match(text);
            var urgent = Urgency().Match(text);
            var secret = Classification().Match(text);
            if (!number.Success && !urgent.Success && !secret.Success && !HeadingChrome().IsMatch(Punctuation.Compact(text))) break;
            if (number.Success) docNumber ??= NormalizeDocNumber(number);
            if (urgent.Success) urgency ??= urgent.Value;
            if (secret.Success) classification ??= secret.Groups["level"].Value;
        }

        // The title: up to the line that ends with the document's kind (…的通知), at most five lines, joined without spaces.
        var titleStart = i;
        var titleEnd = titleStart;
        for (var j = titleStart; j < Math.Min(lines.Count, titleStart + 5); j++)
        {
            var text = lines[j].Text;
            if (Punctuation.HasSentencePunctuation(text) || text.EndsWith('：') || text.EndsWith(':')
                || DocumentPatterns.DocNumber().IsMatch(text) && j > titleStart)
                break;
            if (DocumentPatterns.NoticeTitleEnd().IsMatch(text)) titleEnd = j + 1;
        }
        if (titleEnd == titleStart && titleStart < lines.Count) titleEnd = titleStart + 1;
        // The issuer printed on its own line above a 关于… title is the heading's, not the title's.
        string? headedBy = null;
        var about = Enumerable.Range(titleStart, titleEnd - titleStart).FirstOrDefault(j => lines[j].Text.StartsWith("关于", StringComparison.Ordinal), -1);
        if (about > titleStart && Enumerable.Range(titleStart, about - titleStart).All(j => Issuer().IsMatch(lines[j].Text)))
        {
            headedBy = Punctuation.Compact(string.Concat(lines.Skip(titleStart).Take(about - titleStart).Select(l => l.Text)));
            titleStart = about;
        }
        // （试行）, （征求意见稿）, （2021年修订） under the title belong to it.
        if (titleEnd < lines.Count && TitleQualifier().IsMatch(lines[titleEnd].Text)) titleEnd++;
        var title = string.Concat(lines.Skip(titleStart).Take(titleEnd - titleStart).Select(l => l.Text.Trim()));
        i = titleEnd;

        // A 文号 printed under the title instead of above it.
        if (docNumber is null && i < lines.Count && DocumentPatterns.DocNumber().Match(lines[i].Text) is { Success: true } below
            && lines[i].Text.Length <= 30)
        {
            docNumber = NormalizeDocNumber(below);
            i++;
        }

        string? recipients = null;
        if (i < lines.Count && lines[i].Text.Length <= 200 && (lines[i].Text.EndsWith('：') || lines[i].Text.EndsWith(':'))
            && !lines[i].Text.Contains('。'))
        {
            recipients = lines[i].Text.TrimEnd('：', ':').Trim();
            i++;
        }

        // The signature block, from the end: [印发/抄送 lines], date, issuer.
        var end = lines.Count;
        var distribution = new Dictionary<string, string>();
        while (end > i && DocumentPatterns.DistributionLine().Match(lines[end - 1].Text) is { Success: true } d)
        {
            distribution[d.Groups["key"].Value] = d.Groups["value"].Value.Trim();
            end--;
        }
        DateOnly? date = null;
        string? publisher = null;
        var afterSignature = new List<string>(); // （此件公开发布）, （联系人：…）: kept, after the body
        for (var j = end - 1; j >= Math.Max(i, end - 4); j--)
        {
            var text = lines[j].Text;
            if (date is null && ChineseDate.ParseExact(text) is { } signed)
            {
                date = signed;
                afterSignature.AddRange(lines.Skip(j + 1).Take(end - j - 1).Select(l => l.Text));
                var issuer = j - 1 >= i ? lines[j - 1].Text : null;
                if (issuer is not null && issuer.Length <= 40 && !Punctuation.HasSentencePunctuation(issuer) && !Punctuation.EndsSentence(issuer))
                {
                    publisher = Punctuation.Compact(issuer);
                    end = j - 1;
                }
                else
                {
                    end = j;
                }
                break;
            }
        }
        // The date may stand on the issuer's line: 中共安庆市委组织部 2020年1月27日.
        if (date is null && end - 1 >= i && ChineseDate.FindAll(lines[end - 1].Text).FirstOrDefault() is { Length: > 0 } inline
            && lines[end - 1].Text.Length <= 50 && !Punctuation.HasSentencePunctuation(lines[end - 1].Text))
        {
            date = inline.Date;
            publisher = Punctuation.Compact(lines[end - 1].Text.Remove(inline.Index, inline.Length));
            if (publisher.Length == 0) publisher = null;
            end--;
        }
        publisher ??= headedBy;
        date ??= lines.Take(8).Select(l => ChineseDate.FindFirst(l.Text)).FirstOrDefault(d => d is not null);

        var draft = new ArticleDraft(title, null, lines.Count > titleStart ? lines[titleStart].Page : null)
        {
            SourceDepartment = publisher,
        };
        draft.Lines.AddRange(lines.Skip(i).Take(Math.Max(0, end - i)).Select(l => l.Text));
        draft.Lines.AddRange(afterSignature);
        var region = gazetteer.Resolve(publisher) ?? gazetteer.Resolve(title) ?? gazetteer.Resolve(recipients);
        return new ParsedDocument
        {
            Kind = DocumentKind.Notice,
            Title = title,
            Date = date,
            Publisher = publisher,
            Region = region,
            DocNumber = docNumber,
            Urgency = urgency,
            Classification = classification,
            Recipients = recipients,
            Distribution = distribution.Count > 0 ? distribution : null,
            Articles = [draft.Build(region)],
        };
    }

    /// <summary>〔2020〕 is the standard bracket (GB/T 9704); [2020], ［2020］, (2020) and 【2020】 are written as it.</summary>
    private static string NormalizeDocNumber(Match m) =>
        $"{m.Groups["prefix"].Value}〔{m.Groups["year"].Value}〕{m.Groups["n"].Value}号";

    [GeneratedRegex(@"^[\u4e00-\u9fa5（）()]{2,30}(?:组织部|委员会|办公室|办公厅|党委|党组|政府|工委|局|厅)(?:文件)?$")]
    private static partial Regex Issuer();

    [GeneratedRegex(@"^[（(][^（）()。，]{2,16}[）)]$")]
    private static partial Regex TitleQualifier();

    [GeneratedRegex(@"特急|加急|特提|平急|急件")]
    private static partial Regex Urgency();

    [GeneratedRegex(@"(?<level>绝密|机密|秘密)\s*(?:★|\*)")]
    private static partial Regex Classification();

    [GeneratedRegex(@"^(?:(?:等级|份号|密级|签发人|签发|发文机关)[:：]?.*|[\d０-９]{4,6}|[\u4e00-\u9fa5（）()]{2,30}文件)$")]
    private static partial Regex HeadingChrome();
}
