using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Api;
using Portal.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Support.Api;

/// <summary>The real portal on its own database (SQLite by default, or PostgreSQL), with a client and the calls the API tests share.</summary>
public sealed class ApiHost : IAsyncDisposable
{
    public const string Plans = "/api/plans";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The user the API tests write as: an administrator's feed token, as the ILS would use.</summary>
    public const string Feed = "ils-feed";

    // xunit runs without a synchronisation context, so waiting here cannot deadlock.
    public ApiHost(DatabaseProvider provider = DatabaseProvider.Sqlite) : this(new PortalFactory(provider: provider))
    {
    }

    /// <summary>On a database the caller owns and disposes (one in a PostgreSQL cluster it stops, for an outage).</summary>
    public ApiHost(TestDatabase database) : this(new PortalFactory(shared: database))
    {
    }

    private ApiHost(PortalFactory factory)
    {
        Factory = factory;
        Client = Factory.CreateBearerClient(CreateFeedTokenAsync().GetAwaiter().GetResult());
    }

    private async Task<string> CreateFeedTokenAsync()
    {
        await Factory.CreateUserAsync(Feed, Portal.Accounts.PortalRoles.Admin);
        return await Factory.CreateApiTokenAsync(Feed);
    }

    public PortalFactory Factory { get; }
    public HttpClient Client { get; }

    public static string Cell(string kpi, string division, object month, int year = 2013) => $"{Plans}/{year}/figures/{kpi}/{division}/{month}";

    public Task<HttpResponseMessage> PutAsync(string kpi, string division, int month, object body) =>
        Client.PutAsJsonAsync(Cell(kpi, division, month), body);

    public Task<HttpResponseMessage> PutRawAsync(string path, string body) =>
        Client.PutAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>Saves a figure that must succeed and returns it as stored.</summary>
    public async Task<FigureDto> SaveAsync(string kpi, string division, int month, double value, string? note = null, int? version = null)
    {
        var response = await PutAsync(kpi, division, month, new { value, note, version });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<FigureDto>(Json))!;
    }

    public async Task<List<FigureDto>> FiguresAsync(string query = "") =>
        (await Client.GetFromJsonAsync<List<FigureDto>>($"{Plans}/2013/figures{query}", Json))!;

    public async Task<List<AuditDto>> AuditAsync(string query = "") =>
        (await Client.GetFromJsonAsync<List<AuditDto>>($"{Plans}/2013/audit{query}", Json))!;

    public Task<HttpResponseMessage> ImportAsync(byte[] csv) =>
        Client.PostAsync($"{Plans}/2013/figures/import", new ByteArrayContent(csv) { Headers = { { "Content-Type", "text/csv" } } });

    /// <summary>Rows in the figure and audit tables, read from the database itself: "nothing written" means both unchanged.</summary>
    public async Task<(int Figures, int Audit)> CountsAsync()
    {
        await using var scope = Factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.Figures.CountAsync(), await db.Audit.CountAsync());
    }

    /// <summary>Asserts a problem+json answer with the status and returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
        return body;
    }

    /// <summary>The messages of one field of a 400 validation problem (fails when the field has none).</summary>
    public static async Task<string> FieldErrorAsync(HttpResponseMessage response, string field)
    {
        var problem = await ProblemAsync(response, 400);
        var messages = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.NotEmpty(messages);
        return string.Join(" ", messages);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
