using System.Text.Json;
using System.Text.Unicode;

namespace Portal.Api;

/// <summary>
/// The body of a PUT, read by hand rather than bound by the framework, so that an empty body, broken JSON or a
/// wrong type gets a message naming the field and showing what to send.
/// </summary>
internal sealed record FigureBody(double Value, string? Note, int? Version)
{
    private static string Example => ApiText.Text["Body.Example"];

    public static async Task<FigureBody?> ReadAsync(HttpRequest request, FieldErrors errors, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length == 0)
        {
            errors.Add("body", ApiText.Text.Format("Body.Empty", Example));
            return null;
        }
        var json = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (!Utf8.IsValid(json.Span))
        {
            // GBK text would otherwise fail deep inside the parser, or worse, on reading the note.
            errors.Add("body", ApiText.Text["Body.NotUtf8"]);
            return null;
        }
        try
        {
            using var doc = JsonDocument.Parse(json);
            return Read(doc.RootElement, errors);
        }
        catch (JsonException e)
        {
            errors.Add("body", ApiText.Text.Format("Body.NotJson", e.LineNumber + 1, e.BytePositionInLine + 1, Example));
            return null;
        }
    }

    private static FigureBody? Read(JsonElement root, FieldErrors errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add("body", ApiText.Text.Format("Body.NotObject", Kind(root), Example));
            return null;
        }
        var (value, note, version) = (ReadValue(root, errors), ReadNote(root, errors), ReadVersion(root, errors));
        return errors.Any ? null : new FigureBody(value, note, version);
    }

    private static double ReadValue(JsonElement root, FieldErrors errors)
    {
        if (!root.TryGetProperty("value", out var v) || v.ValueKind == JsonValueKind.Null)
            errors.Add("value", ApiText.Text["Value.Missing"]);
        else if (v.ValueKind == JsonValueKind.String)
            errors.Add("value", ApiText.Text.Format("Value.Text", ApiInput.Shorten(v.GetString()!)));
        else if (v.ValueKind != JsonValueKind.Number)
            errors.Add("value", ApiText.Text.Format("Value.Kind", Kind(v)));
        else if (!v.TryGetDouble(out var d) || !double.IsFinite(d))
            errors.Add("value", ApiText.Text.Format("Value.Range", ApiInput.Shorten(v.GetRawText())));
        else return d;
        return 0;
    }

    private static string? ReadNote(JsonElement root, FieldErrors errors)
    {
        if (!root.TryGetProperty("note", out var n) || n.ValueKind == JsonValueKind.Null) return null;
        if (n.ValueKind != JsonValueKind.String)
        {
            errors.Add("note", ApiText.Text.Format("Note.Kind", Kind(n)));
            return null;
        }
        try
        {
            return n.GetString() is { Length: > 0 } text ? text : null;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate such as "\ud800": valid JSON, but not text that any file or database can keep.
            errors.Add("note", ApiText.Text["Note.LoneSurrogate"]);
            return null;
        }
    }

    private static int? ReadVersion(JsonElement root, FieldErrors errors)
    {
        if (!root.TryGetProperty("version", out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var version) && version >= 0) return version;
        errors.Add("version", ApiText.Text["Version.Invalid"]);
        return null;
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => ApiText.Text["Kind.Object"],
        JsonValueKind.Array => ApiText.Text["Kind.Array"],
        JsonValueKind.String => ApiText.Text["Kind.String"],
        JsonValueKind.Number => ApiText.Text["Kind.Number"],
        JsonValueKind.True or JsonValueKind.False => ApiText.Text["Kind.Boolean"],
        _ => "null",
    };
}
