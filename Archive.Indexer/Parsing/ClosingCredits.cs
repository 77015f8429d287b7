using Archive.Indexer.Parsing.Recognizers;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// The credits an article closes with, taken off its last paragraphs: an attribution or byline alone
/// (（宜秀区委组织部）, 焦作市中站区委组织部供稿, (通讯员 崔璨)) or closing the last paragraph after its last sentence
/// (…起好步。(通讯员 崔璨), …作用。杨征程(建湖县委组织部)). At most two: a writer's credit and a source.
/// </summary>
internal static class ClosingCredits
{
    public static void Take(ArticleDraft draft, List<string> paragraphs, TraditionalCharacters characters)
    {
        for (var taken = 0; taken < 2 && paragraphs.Count > 0; taken++)
        {
            var last = paragraphs[^1];
            var folded = SourceLine.Fold(last, characters);
            if (Attribution.AloneOnLine(folded) is not null || Byline.Read(folded) is { Authors.Count: > 0 } && last.Length <= 30)
            {
                draft.Credit(last, folded);
                paragraphs.RemoveAt(paragraphs.Count - 1);
                draft.IsClosed = true;
                continue;
            }
            if (Attribution.AtEnd(folded) is { } closing)
            {
                draft.Credit(last[closing.Start..], folded[closing.Start..]);
                paragraphs[^1] = last[..closing.Start].TrimEnd();
                draft.IsClosed = true;
            }
            break;
        }
    }
}
