using Archive.Indexer.Regions;
using Archive.Indexer.Search.Synonyms;

namespace Archive.Indexer.Tests.Search;

public sealed class PlaceShortFormsTests
{
    private static readonly Lazy<List<SynonymGroup>> Groups = new(() => new PlaceShortForms(Gazetteer.LoadDefault()).Groups().ToList());

    [Theory]
    [InlineData("大通回族土族自治县", "大通县")]
    [InlineData("察哈尔右翼后旗", "察右后旗")]
    [InlineData("达尔罕茂明安联合旗", "达茂旗")]
    [InlineData("阿坝藏族羌族自治州", "阿坝州")]
    [InlineData("凉山彝族自治州", "凉山州")]
    public void A_short_form_no_name_contains_is_a_synonym_of_its_name(string name, string form) =>
        Assert.Contains(Groups.Value, g => g.Terms.SequenceEqual([name, form]) && !g.OneWay);

    [Fact]
    public void Forms_written_inside_their_names_are_left_to_the_names_own_words() =>
        Assert.DoesNotContain(Groups.Value, g => g.Terms[0].Contains(g.Terms[1]));
}
