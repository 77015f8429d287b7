using Archive.Indexer.Regions;

namespace Archive.Indexer.Search.Synonyms;

/// <summary>
/// The gazetteer's short forms of place names as synonyms of the names they stand for (大通县 and 大通回族土族自治县,
/// 达茂旗 and 达尔罕茂明安联合旗): the official name first, the form second. Forms written inside their name (安庆 in
/// 安庆市) are left out, since the name's own words find them; a form that names several places is a synonym of each,
/// the places not of one another.
/// </summary>
internal sealed class PlaceShortForms(Gazetteer gazetteer) : ISynonymSource
{
    public IEnumerable<SynonymGroup> Groups()
    {
        foreach (var (form, path) in gazetteer.ShortForms())
        {
            var name = path[(path.LastIndexOf('/') + 1)..];
            if (!name.Contains(form, StringComparison.Ordinal)) yield return new SynonymGroup([name, form]);
        }
    }
}
