import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';
import { toApiError } from '@platform/web';
import type { RequestBody, ResponseBody, Schemas } from '@platform/api-client';

const enc = encodeURIComponent;

/** Permission sets, their assignment to users, and the objects and fields they grant. Every call resolves to its body or rejects with an ApiError. */
/** An object of GET /api/sobjects, as the editor lists it. */
export type ObjectSummary = Required<
  Pick<NonNullable<Schemas['DescribeGlobal']['sobjects']>[number], 'name' | 'label' | 'labelPlural' | 'custom'>
>;

/** What the editor needs of a field from GET /api/sobjects/:object/describe. */
export type DescribedField = Required<
  Pick<Schemas['DescribeField'], 'name' | 'label' | 'platformType' | 'required' | 'calculated' | 'autoNumber'>
>;

/** What the editor needs of GET /api/sobjects/:object/describe. */
export type DescribedObject = Required<Pick<Schemas['SObjectDescribe'], 'name' | 'label' | 'nameField'>> & { fields: DescribedField[] };

@Injectable({ providedIn: 'root' })
export class PermissionSetsApiService {
  private readonly http = inject(HttpClient);

  list(): Promise<Schemas['PermissionSetDetail'][]> {
    return this.send(this.http.get<Schemas['PermissionSetDetail'][]>('/api/permission-sets'));
  }

  create(input: Schemas['PermissionSetRequest']): Promise<Schemas['PermissionSetDetail']> {
    return this.send(this.http.post<Schemas['PermissionSetDetail']>('/api/permission-sets', input));
  }

  update(name: string, input: Schemas['PermissionSetRequest']): Promise<Schemas['PermissionSetDetail']> {
    return this.send(this.http.put<Schemas['PermissionSetDetail']>(`/api/permission-sets/${enc(name)}`, input));
  }

  delete(name: string): Promise<void> {
    return this.send(this.http.delete<void>(`/api/permission-sets/${enc(name)}`));
  }

  async users(): Promise<Schemas['TenantUser'][]> {
    return (await this.send(this.http.get<ResponseBody<'PermissionSetsController_users'>>('/api/setup/users'))).users;
  }

  assign(userId: string, permissionSet: string): Promise<void> {
    const body: RequestBody<'PermissionSetsController_assign'> = { permissionSet };
    return this.send(this.http.post<void>(`/api/users/${enc(userId)}/permission-sets`, body));
  }

  unassign(userId: string, permissionSet: string): Promise<void> {
    return this.send(this.http.delete<void>(`/api/users/${enc(userId)}/permission-sets/${enc(permissionSet)}`));
  }

  describe(object: string): Promise<DescribedObject> {
    return this.send(this.http.get<DescribedObject>(`/api/sobjects/${enc(object)}/describe`));
  }

  private async send<T>(call: Observable<T>): Promise<T> {
    try {
      return await firstValueFrom(call, { defaultValue: undefined as T });
    } catch (error) {
      throw toApiError(error);
    }
  }
}
