/**
 * DescribeAllocationTree返回参数结构体
 */
export interface DescribeAllocationTreeResponse {
    /**
     * <p>分账单元ID</p>
     */
    Id?: number;
    /**
     * <p>分账单元名称</p>
     */
    Name?: string;
    /**
     * <p>分账单元唯一标识</p>
     */
    TreeNodeUniqKey?: string;
    /**
     * <p>子树</p>
     */
    Children?: Array<AllocationTree>;
    /**
     * 唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。
     */
    RequestId?: string;
}
/**
 * 分账目录树
 */
export interface AllocationTree {
    /**
     * 分账单元ID
     */
    Id?: number;
    /**
     * 分账单元名称
     */
    Name?: string;
    /**
     * 分账单元唯一标识
     */
    TreeNodeUniqKey?: string;
    /**
     * 子树
     */
    Children?: Array<AllocationTree>;
}
/**
 * DescribeAllocationTree请求参数结构体
 */
export interface DescribeAllocationTreeRequest {
    /**
     * <p>月份，不传默认当前月</p>
     */
    Month?: string;
}
