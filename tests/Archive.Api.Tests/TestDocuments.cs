using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>Files to upload that no sample and no other test holds, and uploading them with the test key.</summary>
public static class TestDocuments
{
    /// <summary>Four random Chinese characters: a word no sample and no other test contains.</summary>
    public static string Marker() => new([.. Enumerable.Range(0, 4).Select(_ => (char)Random.Shared.Next(0x5000, 0x9000))]);

    /// <summary>A small notice with a word no sample contains, so a search tells whether it is in.</summary>
    public static byte[] Notice(string marker) => Encoding.UTF8.GetBytes(
        $"关于开展{marker}专项调研的通知\n\n各县（市、区）委组织部：\n\n为深入了解基层党组织建设情况，经研究，决定开展{marker}专项调研。请各单位认真组织，按时报送材料。\n\n中共安庆市委组织部\n2024年5月6日\n");

    /// <summary>
    /// An issue of 安庆组工信息 (第9期, 2024-05-06) whose three articles hold the marker: 宜秀区 (3 paragraphs, 市内信息),
    /// 大观区 (2 paragraphs, 市内信息), 旌德县 (2 paragraphs, 市外参考).
    /// </summary>
    public static byte[] Bulletin(string marker) => Encoding.UTF8.GetBytes($"""

        安庆组工信息

        第 9 期

        中共安庆市委组织部研究室

        2024 年 5 月 6 日

        ★ 市内信息

        宜秀区：开展{marker}专项行动 2

        大观区：推进{marker}网格治理 3

        ★ 市外参考

        旌德县：{marker}经验做法 4

        市内信息

        △宜秀区：开展{marker}专项行动。围绕{marker}工作目标，组织党员干部深入一线。

        全区共组建{marker}服务队 12 支，走访群众 3000 余户。

        下一步将持续推动{marker}常态长效。（宜秀区委组织部）

        △大观区：推进{marker}网格治理。以网格为单元，建立{marker}联络机制。

        累计解决群众急难愁盼问题 200 余件。（大观区委组织部）

        市外参考

        △旌德县：{marker}经验做法。坚持把{marker}作为重大政治任务，以镇党委为核心统筹推进。

        各村成立{marker}先锋队，带头履职尽责。

        报：省委组织部，本部领导。

        送：各县（市、区）委书记、组织部长。

        """);

    /// <summary>Uploads one file with the test key; its entry in the answer (status, document_id ...).</summary>
    public static async Task<JsonElement> UploadAsync(this HttpClient client, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
        form.Add(part, "files", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/documents") { Content = form };
        request.Headers.Add("X-Api-Key", ArchiveApiFactory.TestKey);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var root = JsonDocument.Parse(body).RootElement;
        return (root.TryGetProperty("files", out var files) ? files : throw new InvalidOperationException(body)).EnumerateArray().Single().Clone();
    }
}
