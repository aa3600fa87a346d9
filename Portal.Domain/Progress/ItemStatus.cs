namespace Portal.Domain.Progress;

/// <summary>Where a task of the plan stands: 未开始, 进行中, 已完成, 受阻.</summary>
public enum ItemStatus { NotStarted, InProgress, Done, Blocked }
