 * billing client
 * @class
 */
export declare class Client extends AbstractClient {
    constructor(clientConfig: ClientConfig);
    /**
     * 查询分账目录树
     */
    DescribeAllocationTree(req: DescribeAllocationTreeRequest, cb?: (error: string, rep: DescribeAllocationTreeResponse) => void): Promise<DescribeAllocationTreeResponse>;
}
