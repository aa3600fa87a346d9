using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Accounts.Users;
using Portal.Data;
using Portal.Data.Demo;
using Portal.Data.Entities;
using Portal.Domain.Figures;
using Portal.Domain.Plans;
using Portal.Libraries;
using Portal.Live;

namespace Portal.Hosting;

/// <summary>
/// --demo-province (ADR 039): beside the provincial library's demo (2013 and 2014), two city and four county libraries,
/// each with its own 2013 plan (a city's eight KPIs, a county's five, their targets scaled to the library), monthly
/// figures up to a month that differs by library, and an account per role (e.g. hz.admin, demo-admin-2013). The
/// libraries, plans and accounts are defined in demo-province.json. Added once: never over a library that exists.
/// </summary>
public static class ProvinceDemo
{
    private const int Year = 2013;

    public sealed record Library(string Code, string Name, LibraryLevel Level, string Parent, double Scale, int LastMonth);
    public sealed record Account(string Suffix, string Role, string? Division, string Password);
    private sealed record Definition(List<Library> Libraries, string TitleFormat, Dictionary<string, JsonObject> Plans, List<Account> Accounts);

    private static readonly Lazy<Definition> Content = new(() =>
    {
        using var stream = typeof(ProvinceDemo).Assembly.GetManifestResourceStream("Portal.Hosting.demo-province.json")
            ?? throw new InvalidOperationException("The embedded demo-province.json is missing from the Portal assembly.");
        return JsonSerializer.Deserialize<Definition>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        }) ?? throw new InvalidOperationException("The embedded demo-province.json is empty.");
    });

    public static IReadOnlyList<Library> Libraries => Content.Value.Libraries;
    public static IReadOnlyList<Account> Accounts => Content.Value.Accounts;

    /// <summary>A library's demo account name: hz-lib's admin is hz.admin.</summary>
    public static string UserName(Library library, Account account) => $"{library.Code.Replace("-lib", "", StringComparison.Ordinal)}.{account.Suffix}";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var tree = services.GetRequiredService<LibraryTree>();
        var contexts = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var stores = services.GetRequiredService<PlanStores>();
        var clock = services.GetRequiredService<TimeProvider>();
        foreach (var demo in Libraries)
        {
            var all = await tree.ReloadAsync(ct);
            if (all.Any(l => l.Code == demo.Code)) continue;
            var parent = all.Single(l => l.Code == demo.Parent);
            var library = new Data.Entities.Library { Code = demo.Code, Name = demo.Name, Level = demo.Level, ParentId = parent.Id, CreatedAt = clock.GetUtcNow() };
            await using (var db = await contexts.CreateDbContextAsync(ct))
            {
                db.Libraries.Add(library);
                await db.SaveChangesAsync(ct);
            }
            await tree.ReloadAsync(ct); // the new library takes the joint targets above it (ADR 043)
            using var entered = LibraryScope.Enter(LibraryScope.Of(library.Id));
            var json = PlanJson(demo);
            var plan = PlanFile.Parse(json);
            await using (var db = await contexts.CreateDbContextAsync(ct))
            {
                var at = clock.GetUtcNow();
                db.Plans.Add(new PlanDocument { Year = Year, Title = plan.Title, Json = json, UpdatedAt = at });
                var figures = DemoFigures.For(plan, demo.LastMonth).Select(f => new MonthlyFigure(f.Kpi, f.Division, f.Month, Math.Round(f.Value * Pace(demo, f.Kpi)), f.Note))
                    .Concat(Contributions(demo, stores.Joints.Join(library.Id, plan))).ToList();
                db.Figures.AddRange(figures.Select(f => new FigureRecord
                {
                    Year = Year, Kpi = f.Kpi, Division = f.Division, Month = f.Month, Value = f.Value, Note = f.Note, Version = 1,
                    UpdatedAt = at, UpdatedBy = DemoFigures.Author,
                }));
                db.Audit.AddRange(figures.Select(f => new FigureAudit
                {
                    Year = Year, Kpi = f.Kpi, Division = f.Division, Month = f.Month, Action = AuditAction.Create, NewValue = f.Value,
                    Note = f.Note, By = DemoFigures.Author, At = at,
                }));
                await db.SaveChangesAsync(ct);
                await DatabaseInitializer.LoadStoreAsync(db, stores.For(library.Id), ct);
            }
            await using var scope = services.CreateAsyncScope(); // the library's store, for the accounts' divisions
            var users = scope.ServiceProvider.GetRequiredService<UserAdmin>();
            foreach (var account in Accounts)
            {
                var created = await users.CreateAsync(UserName(demo, account), [account.Role], account.Division is { } d ? [d] : [],
                    Portal.Accounts.Acting.SystemActor.Named(DemoFigures.Author), password: account.Password, library: library.Id);
                if (!created.Succeeded) throw new InvalidOperationException($"Demo account {UserName(demo, account)}: {string.Join(" ", created.Errors)}");
            }
        }
        await tree.ReloadAsync(ct);
    }

    /// <summary>
    /// Each joint target's row (ADR 043), month by month up to the library's last month: a city's reading-festival
    /// events about 40 a year, a county's about 10 to 14 (by its scale), most of them in the summer holidays as the
    /// target's own seasonality has it.
    /// </summary>
    private static IEnumerable<MonthlyFigure> Contributions(Library library, Plan joined)
    {
        foreach (var kpi in joined.Kpis.Where(k => k.ContributesTo is not null))
        {
            var year = 40 * library.Scale;
            for (var m = 1; m <= library.LastMonth; m++)
                yield return new MonthlyFigure(kpi.Code, kpi.LeadDivision, m, Math.Round(year * (kpi.PaceAt(m) - kpi.PaceAt(m - 1))));
        }
    }

    /// <summary>How far ahead of or behind its targets a library runs on a KPI: 0.78 to 1.12, the same on every start.</summary>
    private static double Pace(Library library, string kpi) => 0.78 + (library.Code + kpi).Sum(c => c) % 35 / 100.0;

    /// <summary>The library's plan file: its level's plan, its name in the title, each target scaled and rounded.</summary>
    private static string PlanJson(Library library)
    {
        var plan = (JsonObject)Content.Value.Plans[library.Level.ToString()].DeepClone();
        plan["year"] = Year;
        plan["title"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, Content.Value.TitleFormat, library.Name);
        foreach (var kpi in plan["kpis"]!.AsArray())
        {
            var target = kpi!["target"]!.GetValue<double>() * library.Scale;
            kpi["target"] = target >= 100 ? Math.Round(target / 100) * 100 : Math.Max(1, Math.Round(target));
        }
        return plan.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true });
    }
}
