import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';
import { toApiError } from './api-error';
import type { RequestBody, ResponseBody, Schemas } from '@platform/api-client';

/** Options of one list view page: a cursor, a sort column and the filter box's text. */
export interface ListViewQuery {
  cursor?: string | null;
  sort?: string | null;
  direction?: 'asc' | 'desc';
  search?: string | null;
  pageSize?: number;
}

const enc = encodeURIComponent;

/** The typed client of the API: every call resolves to its body or rejects with an ApiError. */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);
  private readonly nameFields = new Map<string, Promise<string>>();

  login(username: string, password: string): Promise<ResponseBody<'AuthController_login'>> {
    const body: RequestBody<'AuthController_login'> = { username, password };
    return this.send(this.http.post<ResponseBody<'AuthController_login'>>('/api/auth/login', body));
  }

  me(): Promise<ResponseBody<'AuthController_me'>> {
    return this.send(this.http.get<ResponseBody<'AuthController_me'>>('/api/auth/me'));
  }

  logout(): Promise<void> {
    return this.send(this.http.post<void>('/api/auth/logout', {}));
  }

  apps(): Promise<Schemas['AppList']> {
    return this.send(this.http.get<Schemas['AppList']>('/api/ui/apps'));
  }

  app(name: string): Promise<Schemas['AppDetail']> {
    return this.send(this.http.get<Schemas['AppDetail']>(`/api/ui/apps/${enc(name)}`));
  }

  listViews(object: string): Promise<Schemas['ListViewsInfo']> {
    return this.send(this.http.get<Schemas['ListViewsInfo']>(`/api/ui/list-views/${enc(object)}`));
  }

  listView(object: string, view: string, query: ListViewQuery = {}): Promise<Schemas['ListViewPage']> {
    let params = new HttpParams();
    if (query.cursor) params = params.set('cursor', query.cursor);
    if (query.sort) params = params.set('sort', query.sort).set('direction', query.direction ?? 'asc');
    if (query.search) params = params.set('search', query.search);
    if (query.pageSize) params = params.set('pageSize', String(query.pageSize));
    return this.send(this.http.get<Schemas['ListViewPage']>(`/api/ui/list-views/${enc(object)}/${enc(view)}`, { params }));
  }

  recordPage(object: string, id: string): Promise<Schemas['RecordPage']> {
    return this.send(this.http.get<Schemas['RecordPage']>(`/api/ui/record/${enc(object)}/${enc(id)}`));
  }

  recordTypes(object: string): Promise<Schemas['RecordTypesInfo']> {
    return this.send(this.http.get<Schemas['RecordTypesInfo']>(`/api/ui/record-types/${enc(object)}`));
  }

  recordForm(object: string, recordType: string | null): Promise<Schemas['RecordForm']> {
    const params = recordType ? new HttpParams().set('recordType', recordType) : undefined;
    return this.send(this.http.get<Schemas['RecordForm']>(`/api/ui/record-form/${enc(object)}`, { params }));
  }

  create(object: string, values: Record<string, unknown>): Promise<Schemas['CreateResult']> {
    return this.send(this.http.post<Schemas['CreateResult']>(`/api/sobjects/${enc(object)}`, values));
  }

  /** Saves changes; with the version the page was read at, a concurrent change is refused (409). */
  update(object: string, id: string, values: Record<string, unknown>, version?: number): Promise<void> {
    const headers: Record<string, string> = version === undefined ? {} : { 'If-Match': `"${version}"` };
    return this.send(this.http.patch<void>(`/api/sobjects/${enc(object)}/${enc(id)}`, values, { headers }));
  }

  query(soql: string): Promise<Schemas['QueryResult']> {
    return this.send(this.http.get<Schemas['QueryResult']>('/api/query', { params: new HttpParams().set('q', soql) }));
  }

  /** Up to ten records of an object whose name contains `term`, for a lookup picker. */
  lookup(object: string, term: string): Promise<Schemas['LookupResults']> {
    return this.send(this.http.get<Schemas['LookupResults']>(`/api/ui/lookup/${enc(object)}`, { params: new HttpParams().set('q', term) }));
  }

  /** The field that titles an object's records, read once per object from its describe. */
  nameField(object: string): Promise<string> {
    let field = this.nameFields.get(object);
    if (!field) {
      field = this.send(this.http.get<Schemas['SObjectDescribe']>(`/api/sobjects/${enc(object)}/describe`)).then(
        (d) => d.nameField ?? 'Name',
      );
      field.catch(() => this.nameFields.delete(object));
      this.nameFields.set(object, field);
    }
    return field;
  }

  private async send<T>(call: Observable<T>): Promise<T> {
    try {
      return await firstValueFrom(call, { defaultValue: undefined as T });
    } catch (error) {
      throw toApiError(error);
    }
  }
}

/** A SOQL string literal: the text quoted, its quotes and backslashes escaped. */
export function soqlString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
