using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Tests.Support;

namespace Portal.Tests.DatabaseAccess;

/// <summary>
/// The rule of ADR 031: a component reaches the database only through query and write services, which make their own
/// short-lived contexts. No component injects a context, its factory, a scope factory or the service provider, and no
/// component's source (.razor, its code-behind and partial files) makes a scope or resolves a service by hand.
/// </summary>
public sealed partial class ComponentDatabaseRuleTests
{
    private static readonly Type[] Forbidden =
        [typeof(PortalDbContext), typeof(IDbContextFactory<PortalDbContext>), typeof(IServiceScopeFactory), typeof(IServiceProvider)];

    [Fact]
    public void Components_InjectNoContextScopeOrServiceProvider()
    {
        var offenders = typeof(PortalDbContext).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => Injected(t).Where(p => Forbidden.Contains(p.PropertyType)).Select(p => $"{t.FullName}.{p.Name}: {p.PropertyType.Name}"))
            .Distinct().ToList();

        Assert.True(offenders.Count == 0, "A component reaches the database through a service, never by hand:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void ComponentSources_MakeNoScopeAndResolveNoService()
    {
        var offenders = ComponentSources()
            .SelectMany(file => File.ReadAllLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => ByHand().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(RepoPaths.Root(), l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "A component calls a query or write service instead (ADR 031):\n" + string.Join("\n", offenders));
    }

    /// <summary>The rule holds where it is broken: these lines, as pages wrote them before ADR 031, are caught.</summary>
    [Theory]
    [InlineData("        await using var scope = Scopes.CreateAsyncScope();")]
    [InlineData("        _rows = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ReminderDeliveries")]
    [InlineData("@inject IServiceScopeFactory Scopes")]
    [InlineData("    [Inject] public required IDbContextFactory<PortalDbContext> Contexts { get; init; }")]
    public void ByHand_CatchesWhatPagesDidBefore(string line) => Assert.Matches(ByHand(), line);

    [Fact]
    public void ComponentSources_IncludeCodeBehindAndPartialFiles()
    {
        var names = ComponentSources().Select(Path.GetFileName).ToHashSet();

        Assert.Contains("EntryForm.razor.cs", names);
        Assert.Contains("EntryForm.Saving.cs", names);
        Assert.Contains("BackupPanel.razor", names);
    }

    private static IEnumerable<PropertyInfo> Injected(Type type)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            foreach (var p in t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                if (p.IsDefined(typeof(InjectAttribute))) yield return p;
    }

    /// <summary>Every .razor file, its .razor.cs and the partial files beside it (EntryForm.Saving.cs for EntryForm.razor).</summary>
    private static IEnumerable<string> ComponentSources()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root(), "Portal"), "*.*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var components = files.Where(f => f.EndsWith(".razor", StringComparison.Ordinal))
            .Select(f => Path.Combine(Path.GetDirectoryName(f)!, Path.GetFileNameWithoutExtension(f) + "."))
            .ToList();
        return files.Where(f => f.EndsWith(".razor", StringComparison.Ordinal)
            || (f.EndsWith(".cs", StringComparison.Ordinal) && components.Any(c => f.StartsWith(c, StringComparison.Ordinal))));
    }

    [GeneratedRegex(@"Create(Async)?Scope\s*\(|\bIServiceScopeFactory\b|\bIServiceProvider\b|\.ServiceProvider\b|RequestServices|GetRequiredService\s*<|GetService\s*[<(]|\bPortalDbContext\b|IDbContextFactory\s*<")]
    private static partial Regex ByHand();
}
