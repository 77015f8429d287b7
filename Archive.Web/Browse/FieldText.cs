using System.Text.Json;

namespace Archive.Web.Browse;

/// <summary>A correctable field's value as a page shows it and a form field holds it: names joined by 、, a kind by its label.</summary>
public static class FieldText
{
    /// <summary>The value as typed in a form ("" for none).</summary>
    public static string Input(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => string.Join("、", value.EnumerateArray().Select(v => v.GetString())),
        _ => "",
    };

    /// <summary>The value as the audit log shows it: （空） for none, a kind by its Chinese label, a split or merge described, a status in Chinese.</summary>
    public static string Shown(string field, JsonElement value) => (field, value.ValueKind) switch
    {
        (_, JsonValueKind.Null) => "（空）",
        ("kind", JsonValueKind.String) => SearchParameters.KindLabel(value.GetString()!),
        (CorrectableField.Split, JsonValueKind.Object) =>
            $"从第 {value.GetProperty("at_paragraph").GetInt32()} 段起拆出《{value.GetProperty("title").GetString()}》",
        (CorrectableField.Merge, JsonValueKind.Object) => $"并入《{value.GetProperty("title").GetString()}》的全文",
        (CorrectableField.Delete or CorrectableField.Restore, JsonValueKind.String) => value.GetString() switch
        {
            "active" => "现行",
            "superseded" => "已被新版本取代",
            "deleted" => "已删除",
            var status => status!,
        },
        _ => Input(value),
    };
}
