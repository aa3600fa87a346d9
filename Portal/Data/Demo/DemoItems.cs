using Portal.Domain.Plans;
using Portal.Domain.Progress;

namespace Portal.Data.Demo;

/// <summary>
/// Deterministic demo progress of the 2013 tasks at the end of October: most in progress, some done, two blocked
/// with the reason, one not started yet. Items the plan does not have are skipped.
/// </summary>
public static class DemoItems
{
    private static readonly (string Item, ItemStatus Status, int Percent, string? Note)[] Rows =
    [
        ("一.1", ItemStatus.InProgress, 85, "中心组学习按计划进行，民主生活会已召开"),
        ("一.2", ItemStatus.InProgress, 80, "廉政风险防控手册已修订"),
        ("一.3", ItemStatus.InProgress, 85, null),
        ("二.1", ItemStatus.Blocked, 20, "新馆选址方案待省政府批复，设计招标暂缓"),
        ("二.2", ItemStatus.Done, 100, "数字资源中心、读者食堂修缮及报告厅座椅更换 9 月验收"),
        ("二.3", ItemStatus.InProgress, 70, "服务器、交换机已到货，网络安全设备招标中"),
        ("三.1", ItemStatus.InProgress, 80, null),
        ("三.2", ItemStatus.InProgress, 85, null),
        ("三.3", ItemStatus.InProgress, 75, "方志扫描外包 9 月恢复"),
        ("三.4", ItemStatus.InProgress, 60, "书库调整完成三层，复本迁移待库房腾出"),
        ("四.1", ItemStatus.InProgress, 85, null),
        ("四.2", ItemStatus.Blocked, 40, "文献管理系统招标流标，11 月重新招标"),
        ("四.3", ItemStatus.InProgress, 80, null),
        ("四.4", ItemStatus.InProgress, 75, null),
        ("四.5", ItemStatus.InProgress, 80, "新建流通站 4 个"),
        ("四.6", ItemStatus.InProgress, 85, null),
        ("五(一).1", ItemStatus.Done, 100, "全省古籍保护工作会议 3 月召开，第一批名录已公布"),
        ("五(一).2", ItemStatus.InProgress, 80, null),
        ("五(一).3", ItemStatus.InProgress, 75, "宣纸到货晚，装订推迟"),
        ("五(一).4", ItemStatus.InProgress, 65, null),
        ("五(一).5", ItemStatus.InProgress, 35, "第二期培训班改期至 12 月"),
        ("五(二).1", ItemStatus.InProgress, 85, null),
        ("五(二).2", ItemStatus.InProgress, 50, "拍摄设备送修，专题片 7–9 月停拍"),
        ("五(二).3", ItemStatus.InProgress, 85, null),
        ("五(二).4", ItemStatus.InProgress, 70, null),
        ("六.1", ItemStatus.InProgress, 80, null),
        ("六.2", ItemStatus.InProgress, 90, "第九届未成年人读书节已举办"),
        ("六.3", ItemStatus.InProgress, 65, null),
        ("六.4", ItemStatus.InProgress, 85, null),
        ("六.5", ItemStatus.InProgress, 60, "绩效评估培训班延至 11 月"),
        ("七.1", ItemStatus.InProgress, 70, "评估自评材料整理中"),
        ("七.2", ItemStatus.InProgress, 75, null),
        ("七.3", ItemStatus.Done, 100, "十八大精神学习宣传活动已完成"),
        ("七.4", ItemStatus.InProgress, 85, null),
        ("七.5", ItemStatus.Done, 100, "年度公开招聘完成，引进 6 人"),
        ("七.6", ItemStatus.InProgress, 60, null),
        ("八.1", ItemStatus.InProgress, 85, null),
        ("八.2", ItemStatus.Done, 100, "2014 年部门预算已上报"),
        ("八.3", ItemStatus.NotStarted, 0, "项目绩效评价安排在 12 月"),
        ("八.4", ItemStatus.InProgress, 80, null),
        ("八.5", ItemStatus.InProgress, 85, null),
    ];

    public static IEnumerable<ItemProgress> For(Plan plan) =>
        Rows.Where(r => plan.Item(r.Item) is not null).Select(r => new ItemProgress(r.Item, r.Status, r.Percent, r.Note));
}
