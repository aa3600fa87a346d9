using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;

namespace Portal.Tests.Permissions;

/// <summary>
/// Every write in <see cref="WriteCatalogue"/>, by every <see cref="Actor"/>, through the service that performs it:
/// refused with a Chinese message and nothing changed, or done and recorded under the actor's name.
/// </summary>
public sealed partial class PermissionMatrixTests(MatrixPortal matrix) : IClassFixture<MatrixPortal>
{
    public static TheoryData<string> Writes() => new(WriteCatalogue.All.Select(w => w.ToString()));

    [Theory, MemberData(nameof(Writes))]
    public async Task Write_ByEveryActor_IsRefusedOrDoneAsTheRulesSay(string write)
    {
        var entry = WriteCatalogue.All.Single(w => w.ToString() == write);
        await AssertEveryActorAsync(entry, entry.Arrange, (world, actor) => entry.Act(world, matrix.Principals[actor.Name]));
    }

    /// <summary>Runs <paramref name="act"/> for every actor in a fresh, arranged world and checks the outcome against <see cref="Actor.May"/>.</summary>
    private async Task AssertEveryActorAsync(WriteCase entry, Func<WriteWorld, Task> arrange, Func<WriteWorld, Actor, Task<WriteResult>> act)
    {
        var wrong = new List<string>();
        foreach (var actor in Actor.All)
        {
            await using var world = new WriteWorld(matrix.Portal) { TargetId = matrix.TargetId };
            await arrange(world);
            var (before, audited) = (await world.SnapshotAsync(), await world.AuditedAsync(actor.Name));

            var result = await act(world, actor);

            var after = await world.SnapshotAsync();
            if (actor.May(entry.Rule))
            {
                if (!result.Done) wrong.Add($"{actor}: should be done, got {result.Refusal}");
                else if (entry.Recorded && await world.AuditedAsync(actor.Name) <= audited) wrong.Add($"{actor}: done, but no record names them");
            }
            else
            {
                if (result.Done) wrong.Add($"{actor}: should be refused, was done");
                else if (result.Refusal is null || !Chinese().IsMatch(result.Refusal)) wrong.Add($"{actor}: refused without a Chinese message: {result.Refusal}");
                if (before != after) wrong.Add($"{actor}: refused, but data changed");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>The catalogue is complete: a new public method on a service that writes must be catalogued (or listed as a read).</summary>
    [Fact]
    public void EveryPublicMethodOfAWriteService_IsCataloguedOrListedAsARead()
    {
        var services = WriteServices();
        var catalogued = WriteCatalogue.All.Select(w => $"{w.Service.Name}.{w.Method}").ToHashSet();
        var missing = services
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) || m.ReturnType.Name.StartsWith("ValueTask", StringComparison.Ordinal))
                .Select(m => $"{t.Name}.{m.Name}"))
            .Distinct()
            .Where(name => !catalogued.Contains(name) && !Listed(WriteCatalogue.Reads, name) && !Listed(WriteCatalogue.OwnWork, name)
                && !Listed(WriteCatalogue.AcrossLibraries, name))
            .Order().ToList();

        Assert.True(missing.Count == 0, "Not in the write catalogue (Portal.Tests/Permissions/WriteCatalogue.cs): " + string.Join(", ", missing));
        Assert.Contains(typeof(Portal.Figures.FigureService), services);
        Assert.Contains(typeof(Portal.Reporting.Reminders.ReminderDispatcher), services);
    }

    [Fact]
    public void EveryCataloguedWrite_TakesTheActingUserAsAParameter()
    {
        var without = WriteCatalogue.All.Where(w => w.Service.GetMethods().Where(m => m.Name == w.Method)
            .Any(m => !m.GetParameters().Any(p => p.ParameterType == typeof(System.Security.Claims.ClaimsPrincipal)))).ToList();

        Assert.Empty(without);
    }

    /// <summary>Services that reach the database (a context, its factory, scopes, or another such service).</summary>
    private static List<Type> WriteServices()
    {
        var types = typeof(PortalDbContext).Assembly.GetTypes()
            .Where(t => t is { IsPublic: true, IsClass: true, IsAbstract: false } && !typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(t)
                && t.Namespace?.StartsWith("Portal.Data", StringComparison.Ordinal) != true)
            .ToList();
        var found = new HashSet<Type>();
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var t in types.Where(t => !found.Contains(t)))
            {
                var reaches = t.GetConstructors().SelectMany(c => c.GetParameters()).Any(p =>
                    p.ParameterType == typeof(PortalDbContext) || p.ParameterType == typeof(IDbContextFactory<PortalDbContext>)
                    || p.ParameterType == typeof(IServiceScopeFactory) || found.Contains(p.ParameterType));
                if (reaches) grew |= found.Add(t);
            }
        }
        return [.. found];
    }

    private static bool Listed(IReadOnlySet<string> list, string name) =>
        list.Contains(name) || list.Contains(name[..name.IndexOf('.', StringComparison.Ordinal)] + ".*");

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
