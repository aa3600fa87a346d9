using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using Portal.Domain.Engine;
using Portal.Domain.Plans;
using Portal.Live;
using Portal.Plans;
using Portal.Province;
using Portal.Shared;
using Portal.Tests.Support;
using Portal.Wall;

namespace Portal.Tests.Wall;

/// <summary>
/// A bUnit context with the real live path: the 2013 plan in a real <see cref="PlanStore"/> and <see cref="PlanFeed"/>,
/// a fake clock that drives the wall's timers, an interactive renderer, and the culture of the portal.
/// </summary>
public abstract class WallTestContext : BunitContext, IAsyncLifetime
{
    private static readonly Lazy<Plan> Plan2013 = new(() => PlanFile.Parse(File.ReadAllText(RepoPaths.Seed("plan-2013.json"))));

    protected WallTestContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        DefaultWaitTimeout = TimeSpan.FromSeconds(10); // live updates arrive on another thread; a busy runner needs more than 1 s
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddScoped<PortalTitle>();
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(CompletionEngine.Default);
        Services.AddSingleton(Feed);
        Services.AddSingleton(Store);
        Services.AddSingleton(Options.Create(Settings));
        Services.AddSingleton<IPeopleNames>(People);
        Services.AddSingleton<IProvinceRollUps>(new OneLibrary());
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2013, 10, 31, 1, 30, 0, TimeSpan.Zero));
    protected PlanFeed Feed { get; } = new();
    protected PlanStore Store => _store ??= new PlanStore(CompletionEngine.Default, Feed);
    protected WallOptions Settings { get; } = CreateSettings();

    private PlanStore? _store;

    /// <summary>The accounts' display names, as the wall reads them.</summary>
    protected FixedPeopleNames People { get; } = new();

    protected sealed class FixedPeopleNames : IPeopleNames
    {
        public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);

        public Task<IReadOnlyDictionary<string, string>> OfAsync(IEnumerable<string> logins, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyDictionary<string, string>>(logins.Where(Names.ContainsKey).Distinct().ToDictionary(l => l, l => Names[l]));
    }

    /// <summary>A portal of one library: nothing below it to roll up (the province wall's tests run on the demo province).</summary>
    private sealed class OneLibrary : IProvinceRollUps
    {
        public Task<ProvinceSet?> SetAsync(CancellationToken ct = default) => Task.FromResult<ProvinceSet?>(null);

        public ProvinceLive Follower(Func<Func<Task>, Task> invoke, Action render) =>
            throw new InvalidOperationException("A library with no library below has no roll-up to follow.");
    }

    /// <summary>Loads the 2013 plan with no figures (the state of a fresh portal).</summary>
    protected PlanState LoadPlan() => Store.Load(Plan2013.Value, []);

    protected static FigureChange Figure(string kpi, string division, int month, double value, double? previous = null) =>
        new(2013, kpi, division, month, value, previous, "测试用户", new DateTimeOffset(2013, 10, 31, 2, 0, 0, TimeSpan.Zero));

    private static WallOptions CreateSettings()
    {
        var options = new WallOptions { RotateSeconds = 15 };
        options.ApplyDefaults();
        return options;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();
}
