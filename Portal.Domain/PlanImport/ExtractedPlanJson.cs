using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Portal.Domain.PlanImport;

/// <summary>The exact JSON of `plan extract`: camelCase names, Chinese written as itself, nulls kept.</summary>
public static class ExtractedPlanJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    public static string Serialize(ExtractedPlan plan) => JsonSerializer.Serialize(plan, Options);

    public static ExtractedPlan Deserialize(string json) =>
        JsonSerializer.Deserialize<ExtractedPlan>(json, Options) ?? throw new DomainException(ImportText.Text["Json.Empty"]);
}
