using Archive.Indexer.Chinese;

namespace Archive.Indexer.Tests.Search;

public sealed class SimHashTests
{
    private const string Text =
        "宜秀区第一时间召开疫情防控部署会，组织全区党员干部下沉社区，开展敲门行动，摸清底数，落实网格长责任制。" +
        "ABC Party Building 2020: 党建引领基层治理，凝聚疫情防控强大合力。";

    [Fact]
    public void The_fingerprint_of_a_text_never_changes_since_stored_fingerprints_are_compared_with_new_ones() =>
        Assert.Equal(1590075841310240135UL, SimHash.Compute(Text));

    [Fact]
    public void Punctuation_spacing_and_letter_case_do_not_change_the_fingerprint() =>
        Assert.Equal(SimHash.Compute(Text), SimHash.Compute(Text.Replace("，", " ").Replace("。", "\n").ToUpperInvariant()));

    [Fact]
    public void A_text_too_short_to_judge_has_no_fingerprint() =>
        Assert.Null(SimHash.Compute(Text[..40]));

    [Fact]
    public void One_changed_phrase_keeps_a_twin_while_another_text_is_far_away()
    {
        var article = string.Concat(Enumerable.Repeat(Text, 3)) + "全区共排查重点人员一千余人，建立台账，实行销号管理。";
        var original = SimHash.Compute(article)!.Value;
        var edited = SimHash.Compute(article.Replace("建立台账", "形成清单"))!.Value;
        var other = SimHash.Compute("市委组织部印发通知，要求各级党组织严格落实三会一课制度，加强党员教育管理，规范组织生活，推动全面从严治党向基层延伸，各县区委组织部要在月底前报送工作进展情况和典型经验做法。")!.Value;
        Assert.True(SimHash.Distance(original, edited) <= SimHash.MaxDistance);
        Assert.True(SimHash.Distance(original, other) > 16);
    }
}
