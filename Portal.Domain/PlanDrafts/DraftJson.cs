using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Portal.Domain.PlanDrafts;

/// <summary>How a draft is stored between edits: camelCase JSON, Chinese as itself.</summary>
public static class DraftJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize(PlanDraft draft) => JsonSerializer.Serialize(draft, Options);

    public static PlanDraft Deserialize(string json) =>
        JsonSerializer.Deserialize<PlanDraft>(json, Options) ?? throw new DomainException(DraftText.Text["Json.Empty"]);

    /// <summary>A deep copy, so that an edit can be tried on a copy and dropped if it cannot be stored.</summary>
    public static PlanDraft Copy(PlanDraft draft) => Deserialize(Serialize(draft));
}
