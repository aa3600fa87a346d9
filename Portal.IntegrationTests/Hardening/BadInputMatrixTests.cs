using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Accounts;
using Portal.Accounts.Tokens;
using Portal.Data;
using Portal.Tests.Support;

namespace Portal.IntegrationTests.Hardening;

/// <summary>
/// Every malformed input of the matrix (<see cref="BadInputCases"/>) gets a 4xx with a Chinese message that says
/// what to fix, and the figures and both audit trails are byte for byte what they were. The portal holds real
/// figures and one closed month, so that "unchanged" means something.
/// </summary>
public sealed partial class BadInputMatrixTests(BadInputMatrixTests.Hosts hosts) : IClassFixture<BadInputMatrixTests.Hosts>
{
    /// <summary>A portal per provider, each started and given its senders when a case first needs it.</summary>
    public sealed class Hosts : IAsyncLifetime
    {
        private readonly PerProvider<Task<Host>> _hosts = new(Host.StartAsync, async host => await (await host).DisposeAsync());

        public Task<Host> this[DatabaseProvider provider] => _hosts[provider];

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await _hosts.DisposeAsync();
    }

    public sealed class Host
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
        public PortalFactory Portal { get; }
        public Dictionary<Sender, HttpClient> Clients { get; } = [];

        /// <summary>A client for the sender; a browser session signs in afresh, since the expired case moves the clock on.</summary>
        public async Task<HttpClient> ClientAsync(Sender sender) =>
            sender == Sender.Session ? await Portal.LoginAsync("matrix-session") : Clients[sender];

        private Host(DatabaseProvider provider) => Portal = new PortalFactory(demo: true, clock: Clock, provider: provider);

        public static async Task<Host> StartAsync(DatabaseProvider provider)
        {
            var host = new Host(provider);
            await host.InitializeAsync();
            return host;
        }

        private async Task InitializeAsync()
        {
            var admin = await Portal.CreateUserAsync("matrix-admin", PortalRoles.Admin);
            Clients[Sender.Admin] = Portal.CreateBearerClient(await Portal.CreateApiTokenAsync(admin));
            var staff = await Portal.CreateUserAsync("matrix-staff", PortalRoles.Staff, "reader-services");
            Clients[Sender.Staff] = Portal.CreateBearerClient(await Portal.CreateApiTokenAsync(staff));
            var revoked = await Portal.CreateUserAsync("matrix-revoked", PortalRoles.Admin);
            await using (var scope = Portal.Scope())
            {
                var tokens = scope.ServiceProvider.GetRequiredService<TokenService>();
                var token = (await tokens.CreateApiTokenAsync(revoked, "已吊销", TestWriters.Admin("测试")))!;
                Assert.True(await tokens.RevokeAsync(token.Id, TestWriters.Admin("测试")));
                Clients[Sender.Revoked] = Portal.CreateBearerClient(token.Secret);
            }
            Clients[Sender.Kiosk] = Portal.CreateBearerClient((await Portal.CreateKioskTokenAsync()).Secret);
            Clients[Sender.Forged] = Portal.CreateBearerClient("wpa_" + new string('x', 40));
            await Portal.CreateUserAsync("matrix-session", PortalRoles.Admin);
            await Portal.CreateUserAsync("matrix-expired", PortalRoles.Admin);
            Clients[Sender.Expired] = await Portal.LoginAsync("matrix-expired");
        }

        public async Task DisposeAsync()
        {
            foreach (var client in Clients.Values) client.Dispose();
            await Portal.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(BadInputCases.Names), MemberType = typeof(BadInputCases))]
    public async Task BadInput_AnyChannel_Answers4xxInChineseAndChangesNothing(string name, DatabaseProvider db)
    {
        var host = await hosts[db];
        var input = BadInputCases.All[name];
        var before = await DumpAsync(host);
        if (input.As == Sender.Expired) host.Clock.Advance(TimeSpan.FromHours(11)); // the session cookie lasts 10 hours

        using var request = new HttpRequestMessage(new HttpMethod(input.Method), input.Path);
        if (input.Body is not null) request.Content = new ByteArrayContent(input.Body) { Headers = { ContentType = MediaTypeHeaderValue.Parse(input.ContentType!) } };
        var client = await host.ClientAsync(input.As);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (input.As == Sender.Session) client.Dispose();

        Assert.True((int)response.StatusCode == input.Status, $"{name}: {(int)response.StatusCode} instead of {input.Status}: {Shorten(text)}");
        var message = input.IsPage ? PageText(text) : ProblemText(response, text);
        Assert.Matches(Chinese(), message);
        Assert.Contains(input.Says, message);
        Assert.Equal(before, await DumpAsync(host));
    }

    [Fact]
    public void Matrix_HasAtLeastSixtyCases_OverApiImportAndPages()
    {
        var cases = BadInputCases.All.Values.ToList();

        Assert.True(cases.Count >= 60, $"{cases.Count} cases");
        Assert.True(cases.Count(c => c.Path.EndsWith("/import", StringComparison.Ordinal)) >= 15);
        Assert.True(cases.Count(c => c.IsPage) >= 6);
    }

    /// <summary>detail and every field or row message of a problem+json answer.</summary>
    private static string ProblemText(HttpResponseMessage response, string text)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        var parts = new List<string> { problem.GetProperty("detail").GetString()! };
        if (problem.TryGetProperty("errors", out var errors))
            parts.AddRange(errors.ValueKind == JsonValueKind.Array
                ? errors.EnumerateArray().Select(e => $"第 {e.GetProperty("line").GetInt32()} 行：{e.GetProperty("message").GetString()}")
                : errors.EnumerateObject().SelectMany(f => f.Value.EnumerateArray().Select(m => m.GetString()!)));
        return string.Join(" ", parts);
    }

    private static string PageText(string html) => Regex.Replace(html, "<[^>]+>", " ");

    /// <summary>
    /// Every row of the figures, the figure audit, the task progress and its audit, and the closed months, in a
    /// fixed order (the rows sorted as text: tables have no common key, and PostgreSQL has no rowid).
    /// </summary>
    private static async Task<string> DumpAsync(Host host)
    {
        var dump = new StringBuilder();
        await using var scope = host.Portal.Scope();
        var connection = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var table in new[] { "Figures", "FigureAudit", "ItemProgress", "ItemAudit", "MonthClosures" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""SELECT * FROM "{table}" """;
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
                rows.Add(string.Concat(Enumerable.Range(0, reader.FieldCount).Select(i =>
                    (reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)) + "|")));
            rows.Sort(StringComparer.Ordinal);
            dump.Append(table).Append('\n').AppendJoin('\n', rows).Append('\n');
        }
        return dump.ToString();
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
