/** office-addin-mock helpers shared by the Excel adapter tests. */
import { OfficeMockObject } from "office-addin-mock";

/** A mocked RequestContext over `data`, and how many times context.sync() was called (round trips to Excel). */
export function mockContext(data: object): { context: Excel.RequestContext; syncs: () => number } {
  const mock = new OfficeMockObject(data as never);
  let syncs = 0;
  const sync = mock.sync.bind(mock);
  mock.sync = async () => {
    syncs++;
    await sync();
  };
  return { context: mock as unknown as Excel.RequestContext, syncs: () => syncs };
}
