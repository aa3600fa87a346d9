namespace Portal.Gateway;

/// <summary>The load balancer in front of several portal instances (ADR 018).</summary>
public static class Program
{
    public const string HelpText = """
        Portal.Gateway：多个门户实例前的负载均衡（YARP），Blazor 电路和 WebSocket 按 Cookie 粘滞到同一实例

        用法：dotnet run --project Portal.Gateway -- --Gateway:Instances:A http://主机A:端口 --Gateway:Instances:B http://主机B:端口 [选项]

        选项：
          --urls URL                          网关的监听地址（默认 http://localhost:5250）
          --Gateway:Instances:名称 URL         一个门户实例（名称即实例的 Portal:InstanceName；可重复，至少一个）
          --Gateway:HealthInterval 00:00:02    多久向每个实例的 /healthz 做一次健康检查（默认 2 秒）
          --Gateway:HealthTimeout 00:00:02     一次健康检查最长等待（默认 2 秒）
          --Gateway:HealthFailures 2           连续失败几次就不再向该实例转发新会话（默认 2）
          --Gateway:ReactivationPeriod 00:00:10
                                              转发失败（被动检查）后多久再试该实例（默认 10 秒）
          --Gateway:LoadBalancing RoundRobin   新会话的分配方式：RoundRobin、PowerOfTwoChoices、LeastRequests、Random
          --Gateway:AffinityCookie 名称        粘滞 Cookie 的名称（默认 .WorkPlanPortal.Instance）
          --help                              显示本帮助

        实例停机时，原属该实例的浏览器被改派到健康的实例（新 Cookie）；GET /gateway/status 列出各实例的健康状态。
        请求遇到已停机的实例（连接被拒绝或在应答前断开）时，不带请求体的 GET、HEAD、OPTIONS 自动改发到其他实例（每个实例至多一次），
        用户不会看到错误；POST、PUT、DELETE 和 WebSocket 不重发（可能已在原实例上执行），仍返回 502。
        连接被拒绝的实例立即退出轮换，ReactivationPeriod 之后再试。
        同样的设置可写在 Portal.Gateway 的 appsettings.json 的 "Gateway" 一节。

        Usage: dotnet run --project Portal.Gateway -- --urls http://0.0.0.0:5250 --Gateway:Instances:A http://10.0.0.11:5249 --Gateway:Instances:B http://10.0.0.12:5249
        """;

    public static int Main(string[] args)
    {
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            Console.WriteLine(HelpText);
            return 0;
        }
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://localhost:5250");
        var options = builder.Configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();
        if (ProxyConfig.Problem(options) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return 2;
        }
        builder.Services.AddReverseProxy().LoadFromMemory(ProxyConfig.Routes(), ProxyConfig.Clusters(options));

        var app = builder.Build();
        app.MapGatewayStatus();
        app.MapReverseProxy(pipeline =>
        {
            pipeline.UseRetryOnDeadInstance(); // around the rest, so that a retry is affinitized and balanced again
            pipeline.UseSessionAffinity();
            pipeline.UseLoadBalancing();
            pipeline.UsePassiveHealthChecks();
        });
        app.Run();
        return 0;
    }
}
