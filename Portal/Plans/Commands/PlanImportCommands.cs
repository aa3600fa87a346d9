using Portal.Domain;
using Portal.Hosting;
using Portal.Live;
using Portal.Plans.Editing;

namespace Portal.Plans.Commands;

/// <summary>Runs a <see cref="PlanImportCommand"/>: prepares the database as start-up does, then publishes or replaces the plan.</summary>
public static class PlanImportCommands
{
    public const string By = "命令行导入";

    public static async Task<int> RunAsync(WebApplication app, PlanImportCommand command)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(command.File);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"无法读取计划文件“{command.File}”：{e.Message}");
        }
        await app.InitializePortalAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        Domain.Plans.Plan plan;
        try
        {
            plan = Domain.Plans.PlanFile.Parse(json);
        }
        catch (DomainException e)
        {
            return Fail($"计划文件“{command.File}”有误，未导入：{e.Message}");
        }
        var store = services.GetRequiredService<PlanStore>();
        var existing = store.Find(plan.Year);
        if (existing is null || !command.Replace)
        {
            try
            {
                await services.GetRequiredService<PlanPublisher>().PublishAsync(json, Accounts.Acting.SystemActor.Named(By), CancellationToken.None);
            }
            catch (DomainException e)
            {
                var hint = existing is null ? "" : $"如确需用此文件替换 {plan.Year} 年的计划，请加 --replace --reason \"原因\"（已填报的数据会保留）。";
                return Fail($"计划文件“{command.File}”未导入：{e.Message}{hint}");
            }
            Console.WriteLine($"已导入 {plan.Year} 年计划：{PlanPublisher.Summary(plan)}。");
            return 0;
        }
        var outcome = await services.GetRequiredService<PlanEditor>()
            .ApplyAsync(plan.Year, new ReplacePlan(json), existing.Version, command.Reason, Accounts.Acting.SystemActor.Named(By));
        if (!outcome.Ok) return Fail($"计划文件“{command.File}”未导入：{outcome.Error}");
        Console.WriteLine($"已替换 {plan.Year} 年计划（第 {outcome.Version} 版）：{PlanPublisher.Summary(plan)}。已填报的数据保持不变。");
        return 0;
    }

    private static int Fail(string error)
    {
        Console.Error.WriteLine(error);
        return 1;
    }
}
