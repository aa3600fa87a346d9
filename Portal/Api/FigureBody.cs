using System.Text.Json;
using System.Text.Unicode;

namespace Portal.Api;

/// <summary>
/// The body of a PUT, read by hand rather than bound by the framework, so that an empty body, broken JSON or a
/// wrong type gets a message naming the field and showing what to send.
/// </summary>
internal sealed record FigureBody(double Value, string? Note, int? Version)
{
    private const string Example = """{"value": 98450, "note": "含流动站", "version": 3}""";

    public static async Task<FigureBody?> ReadAsync(HttpRequest request, FieldErrors errors, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length == 0)
        {
            errors.Add("body", $"请求体为空。请发送 JSON，例如 {Example}。");
            return null;
        }
        var json = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (!Utf8.IsValid(json.Span))
        {
            // GBK text would otherwise fail deep inside the parser, or worse, on reading the note.
            errors.Add("body", "请求体不是 UTF-8 编码（可能是 GBK）。请以 UTF-8 编码发送 JSON，并设置 Content-Type: application/json; charset=utf-8。");
            return null;
        }
        try
        {
            using var doc = JsonDocument.Parse(json);
            return Read(doc.RootElement, errors);
        }
        catch (JsonException e)
        {
            errors.Add("body", $"请求体不是有效的 JSON（第 {e.LineNumber + 1} 行第 {e.BytePositionInLine + 1} 个字节附近），请检查引号、逗号和括号，并以 UTF-8 编码发送，例如 {Example}。");
            return null;
        }
    }

    private static FigureBody? Read(JsonElement root, FieldErrors errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add("body", $"请求体应是一个 JSON 对象，收到的是{Kind(root)}。例如 {Example}。");
            return null;
        }
        var (value, note, version) = (ReadValue(root, errors), ReadNote(root, errors), ReadVersion(root, errors));
        return errors.Any ? null : new FigureBody(value, note, version);
    }

    private static double ReadValue(JsonElement root, FieldErrors errors)
    {
        if (!root.TryGetProperty("value", out var v) || v.ValueKind == JsonValueKind.Null)
            errors.Add("value", "缺少 value：请填写本月的数值，例如 {\"value\": 98450}。要删除数据请用 DELETE。");
        else if (v.ValueKind == JsonValueKind.String)
            errors.Add("value", $"value 必须是数字，不能是文本（收到“{ApiInput.Shorten(v.GetString()!)}”）。请去掉引号、单位和千分位，例如 98450。");
        else if (v.ValueKind != JsonValueKind.Number)
            errors.Add("value", $"value 必须是数字，收到的是{Kind(v)}。");
        else if (!v.TryGetDouble(out var d) || !double.IsFinite(d))
            errors.Add("value", $"value 超出了可表示的范围（收到 {ApiInput.Shorten(v.GetRawText())}），请填写实际的数值。");
        else return d;
        return 0;
    }

    private static string? ReadNote(JsonElement root, FieldErrors errors)
    {
        if (!root.TryGetProperty("note", out var n) || n.ValueKind == JsonValueKind.Null) return null;
        if (n.ValueKind != JsonValueKind.String)
        {
            errors.Add("note", $"note 必须是文本（字符串），收到的是{Kind(n)}。");
            return null;
        }
        try
        {
            return n.GetString() is { Length: > 0 } text ? text : null;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate such as "\ud800": valid JSON, but not text that any file or database can keep.
            errors.Add("note", "note 含有不完整的 Unicode 字符（孤立的代理项，如 \\ud800），常见于被截断的表情或生僻字。请删除或重新输入后再发送。");
            return null;
        }
    }

    private static int? ReadVersion(JsonElement root, FieldErrors errors)
    {
        if (!root.TryGetProperty("version", out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var version) && version >= 0) return version;
        errors.Add("version", "version 必须是 0 或正整数：用 GET 取得的 version；新建时填 0；省略 version 则直接覆盖。");
        return null;
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "数组",
        JsonValueKind.String => "文本",
        JsonValueKind.Number => "数字",
        JsonValueKind.True or JsonValueKind.False => "布尔值",
        _ => "null",
    };
}
